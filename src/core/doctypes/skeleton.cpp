// SPDX-License-Identifier: MPL-2.0
#include <core/doctypes/skeleton.hpp>
#include <core/text/text.hpp>

namespace gongwen::core
{
namespace
{

std::u16string orPlaceholder(std::u16string_view text)
{
    const std::u16string_view trimmed = trimSpaces(text);
    return trimmed.empty() ? std::u16string(kPlaceholder) : std::u16string(trimmed);
}

void addHead(const DocumentType& type, const LetterheadPlan& plan, std::vector<std::u16string>& out)
{
    // 文件格式: the elements above the 标志; 信函格式: under its double lines (GB/T 9704 §10.1).
    std::vector<std::u16string> elements;
    for (const std::u16string* element : {&plan.copyNumber, &plan.secrecy, &plan.urgency})
        if (!element->empty())
            elements.push_back(*element);
    std::vector<std::u16string> mark = plan.markRows;
    // 联合行文: 文件 stands beside the names (the office side sets it in a frame).
    if (!plan.markSuffix.empty() && !plan.suffixBeside && !mark.empty())
        mark.back() += plan.markSuffix;
    const bool letter = type.format == HeadFormat::Letter;
    if (!letter)
        out.insert(out.end(), elements.begin(), elements.end());
    out.insert(out.end(), mark.begin(), mark.end());
    if (letter)
        out.insert(out.end(), elements.begin(), elements.end());
    out.push_back(plan.signerLine.empty() ? plan.documentNumber
                                          : plan.documentNumber + u"\t" + plan.signerLine);
}

} // namespace

std::vector<std::u16string> skeletonParagraphs(const DocumentType& type, const LetterheadPlan& plan,
                                               const SkeletonInput& input)
{
    std::vector<std::u16string> out;
    addHead(type, plan, out);
    const bool minutes = type.format == HeadFormat::Minutes;
    out.push_back(u"关于" + orPlaceholder(input.subject) + u"的" + std::u16string(type.kind));
    if (!minutes)
        out.push_back(orPlaceholder(input.addressee) + u"：");
    out.push_back(std::u16string(kPlaceholder) + std::u16string(kPlaceholder) + u"。");
    if (!type.closings.empty())
        out.push_back(std::u16string(type.closings.front()));
    if (minutes)
    {
        out.emplace_back();
        for (std::u16string_view block : type.blocks)
            out.push_back(std::u16string(block) + u"：" + std::u16string(kPlaceholder));
        return out;
    }
    out.emplace_back();
    // 落款: every organ of a joint issuance while they fit above the date as a 落款 block,
    // else the host organ, the one whose seal comes first (the user adds the others' seals).
    constexpr std::size_t kMaxSignatureOrgans = 4;
    if (input.organs.size() <= kMaxSignatureOrgans)
        out.insert(out.end(), input.organs.begin(), input.organs.end());
    else
        out.push_back(input.organs.front());
    out.push_back(input.date);
    if (type.contactNote)
        out.push_back(u"（联系人：" + std::u16string(kPlaceholder) + u"，电话：" +
                      std::u16string(kPlaceholder) + u"）");
    return out;
}

BilingualText subjectProblem(std::u16string_view subject)
{
    const std::u16string_view trimmed = trimSpaces(subject);
    if (trimmed.find_first_of(u"\n\r\u2028\u2029") != std::u16string_view::npos)
        return {u"标题事由不能换行。", u"The subject of the title must be one line."};
    if (toCodePoints(trimmed).size() > kMaxSubjectLength)
        return {u"标题事由过长（超过 40 字），请精简：公文标题一般不超过两行。",
                u"The subject is too long (over 40 characters): a title is at most two lines."};
    return {u"", u""};
}

} // namespace gongwen::core
