// SPDX-License-Identifier: MPL-2.0
// 检查口径库: what a register holds that reads well but would mislead the checks.
#include <core/wording/register.hpp>

#include <core/text/text.hpp>

#include <algorithm>
#include <map>

namespace gongwen::core::wording
{
namespace
{

bool overlap(Day aFrom, Day aTo, Day bFrom, Day bTo)
{
    const int aStart = aFrom.isOpen() ? 0 : aFrom.key(), bStart = bFrom.isOpen() ? 0 : bFrom.key();
    const int aEnd = aTo.isOpen() ? 99999999 : aTo.key(),
              bEnd = bTo.isOpen() ? 99999999 : bTo.key();
    return aStart <= bEnd && bStart <= aEnd;
}

std::u16string rowText(std::size_t row)
{
    return u"第 " + decimal(static_cast<long long>(row)) + u" 行";
}

class Audit
{
public:
    explicit Audit(std::vector<RegisterProblem>& out) : m_out(out) {}
    void problem(std::u16string_view sheet, std::size_t row, std::u16string zh, std::u16string en)
    {
        m_out.push_back(RegisterProblem{std::u16string(sheet), row, std::move(zh), std::move(en)});
    }

private:
    std::vector<RegisterProblem>& m_out;
};

void auditPeople(const Register& reg, const std::function<bool(std::u16string_view)>& commonWord,
                 Audit& audit)
{
    const auto& people = reg.people();
    for (std::size_t i = 0; i < people.size(); ++i)
    {
        const Person& p = people[i];
        if (p.title.empty())
            audit.problem(
                kPeopleSheet, p.row, p.name + u"没有填写职务：职务检查和排序都用不上这一行。",
                p.name + u" has no title: the title and order checks cannot use this row.");
        const bool named =
            std::any_of(people.begin(), people.begin() + static_cast<std::ptrdiff_t>(i),
                        [&](const Person& earlier) { return earlier.name == p.name; });
        if (!named && commonWord && commonWord(p.name)) // said once per name
            audit.problem(
                kPeopleSheet, p.row,
                quoted(p.name) + u"也是常用词，正文里的这个词会被当作姓名检查。",
                p.name +
                    u" is also a common word: the word in ordinary text is checked as a name.");
        for (std::size_t k = 0; k < i; ++k)
            if (people[k].name == p.name && overlap(people[k].from, people[k].to, p.from, p.to))
                audit.problem(
                    kPeopleSheet, p.row,
                    p.name + u"与" + rowText(people[k].row) +
                        u"的日期重叠：同一天有两个职务或两个排序，应给前一行填写终止日期。",
                    p.name + u"'s dates overlap those of row " +
                        decimal(static_cast<long long>(people[k].row)) +
                        u": two titles on the same day; give the earlier row an end date.");
    }
}

// A wrong form of one entry that is another entry's right form, or listed for two entries.
void auditForms(const Register& reg, Audit& audit)
{
    std::map<std::u16string, std::pair<std::u16string_view, std::size_t>>
        rightForms; // form → sheet, row
    for (const Organ& o : reg.organs())
    {
        rightForms.emplace(o.fullName, std::pair{kOrgansSheet, o.row});
        if (!o.abbreviation.empty())
            rightForms.emplace(o.abbreviation, std::pair{kOrgansSheet, o.row});
    }
    for (const Phrase& p : reg.phrases())
        rightForms.emplace(p.standard, std::pair{kPhrasesSheet, p.row});
    std::map<std::u16string, std::pair<std::u16string_view, std::size_t>> wrongForms;
    auto wrong = [&](std::u16string_view sheet, std::size_t row, const std::u16string& form)
    {
        if (const auto right = rightForms.find(form); right != rightForms.end())
            audit.problem(sheet, row,
                          quoted(form) + u"列为不规范写法，却是" +
                              std::u16string(right->second.first) + u"表" +
                              rowText(right->second.second) + u"的规范写法。",
                          form + u" is listed as wrong but is the right form in " +
                              std::u16string(right->second.first) + u" row " +
                              decimal(static_cast<long long>(right->second.second)) + u".");
        const auto [earlier, added] = wrongForms.emplace(form, std::pair{sheet, row});
        if (!added)
            audit.problem(sheet, row,
                          quoted(form) + u"已在" + std::u16string(earlier->second.first) + u"表" +
                              rowText(earlier->second.second) + u"列为不规范写法：只保留一处。",
                          form + u" is already listed as wrong in " +
                              std::u16string(earlier->second.first) + u" row " +
                              decimal(static_cast<long long>(earlier->second.second)) +
                              u": keep one.");
    };
    for (const Organ& o : reg.organs())
        for (const std::u16string& form : o.wrongForms)
            wrong(kOrgansSheet, o.row, form);
    for (const Phrase& p : reg.phrases())
        for (const std::u16string& form : p.wrongForms)
            wrong(kPhrasesSheet, p.row, form);
    for (const BannedWord& b : reg.bannedWords())
        if (const auto right = rightForms.find(b.word); right != rightForms.end())
            audit.problem(kBannedSheet, b.row,
                          quoted(b.word) + u"列为禁用词，却是" +
                              std::u16string(right->second.first) + u"表" +
                              rowText(right->second.second) + u"的规范写法。",
                          b.word + u" is banned but is the right form in " +
                              std::u16string(right->second.first) + u" row " +
                              decimal(static_cast<long long>(right->second.second)) + u".");
}

} // namespace

std::vector<RegisterProblem>
auditRegister(const Register& reg, const std::function<bool(std::u16string_view)>& commonWord)
{
    std::vector<RegisterProblem> out;
    Audit audit(out);
    auditPeople(reg, commonWord, audit);
    auditForms(reg, audit);
    return out;
}

} // namespace gongwen::core::wording
