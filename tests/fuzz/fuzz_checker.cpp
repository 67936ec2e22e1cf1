// SPDX-License-Identifier: MPL-2.0
// libFuzzer target for the core: any input must be checked and renumbered without crashing,
// and every finding and edit must lie inside its paragraph.
// The first byte chooses how the rest is read: odd = UTF-8, even = raw UTF-16 (lone
// surrogates included).
#include <core/checker/checker.hpp>
#include <core/checker/renumber.hpp>
#include <core/data/consistency.hpp>
#include <core/text/text.hpp>
#include <core/typo/detector.hpp>
#include <core/typo/model.hpp>
#include <core/wording/register.hpp>

#include <cstdint>
#include <cstdlib>
#include <cstring>

using namespace gongwen::core;

namespace
{

std::u16string decode(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return {};
    if (data[0] & 1)
        return fromUtf8(std::string_view(reinterpret_cast<const char*>(data + 1), size - 1));
    std::u16string text((size - 1) / 2, u'\0');
    std::memcpy(text.data(), data + 1, text.size() * 2);
    return text;
}

void require(bool condition)
{
    if (!condition)
        std::abort();
}

// A small 口径库 of the kind examples/register/ holds.
std::shared_ptr<const wording::Register> sampleRegister()
{
    std::vector<wording::RegisterProblem> problems;
    auto reg = wording::Register::read(
        {u"姓名,职务,排序,起始日期,终止日期\n张三,主席,1,2026-01-15,\n张三,副主席,2,2021-01-10,"
         u"2026-01-14\n"
         u"李四,副主席,2,,\n赵六,秘书长,4,,\n",
         u"全称,规范简称,不规范写法\n中国人民政治协商会议X区委员会,区政协,"
         u"X区政协会、区政治协商会\n",
         u"规范表述,不规范表述,说明,起始日期,终止日期\n协商议政,协商议事,,2025-01-01,\n",
         u"词,说明\n领导小组长,\n"},
        problems);
    require(problems.empty());
    return reg;
}

} // namespace

// The typo check runs with the model this build compiled: a fuzz run without it would not
// reach word.typo at all.
extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    typo::setDataDirectory(GONGWEN_TYPO_DATA_DIR);
    require(typo::sharedModel() != nullptr);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::u16string text = decode(data, size);
    const auto paragraphs = splitParagraphs(text);
    for (const Finding& f : checkText(text))
    {
        require(f.paragraph < paragraphs.size());
        require(f.start + f.length <= paragraphs[f.paragraph].size());
        require(!f.messageZh.empty() && !f.messageEn.empty());
    }
    static const typo::AllowedWords allowed{{u"推近", u"某某"}};
    for (std::u16string_view p : paragraphs)
        for (const typo::Typo& t : typo::findTypos(p, *typo::sharedModel(), &allowed))
            require(t.start + t.length <= p.size() && !t.suggestion.empty() &&
                    t.written == p.substr(t.start, t.length));
    const auto edits = renumberingEdits(paragraphs);
    std::vector<std::u16string> copy(paragraphs.begin(), paragraphs.end());
    for (const TextEdit& e : edits)
        require(e.paragraph < copy.size() && e.start + e.length <= copy[e.paragraph].size());
    applyEdits(copy, edits);
    std::vector<std::u16string_view> views(copy.begin(), copy.end());
    (void)checkParagraphs(views);
    // The 口径库: the text against a register, and the text read as a register's four sheets.
    static const std::shared_ptr<const wording::Register> reg = sampleRegister();
    CheckOptions withRegister;
    withRegister.wordingRegister = reg;
    for (const Finding& f : checkParagraphs(
             std::vector<std::u16string_view>(paragraphs.begin(), paragraphs.end()), withRegister))
        require(f.paragraph < paragraphs.size() &&
                f.start + f.length <= paragraphs[f.paragraph].size() && !f.messageZh.empty() &&
                !f.messageEn.empty());
    std::vector<wording::RegisterProblem> problems;
    const auto read = wording::Register::read({text, text, text, text}, problems);
    for (std::u16string_view p : paragraphs)
    {
        std::vector<Finding> found;
        read->check(0, p, wording::Day{2026, 1, 1}, found);
        for (const Finding& f : found)
            require(f.start + f.length <= p.size());
    }
    // The data rules' other inputs: each paragraph as a table row split at tabs, and the text
    // against a workbook's indicators.
    data::TableText table;
    for (std::u16string_view p : paragraphs)
    {
        std::vector<std::u16string> row;
        std::size_t start = 0;
        for (std::size_t tab = p.find(u'\t');; tab = p.find(u'\t', start))
        {
            row.emplace_back(
                p.substr(start, tab == std::u16string_view::npos ? p.size() - start : tab - start));
            if (tab == std::u16string_view::npos)
                break;
            start = tab + 1;
        }
        table.push_back(std::move(row));
    }
    for (const data::TableFinding& f : data::checkTable(table))
        require(f.row < table.size() && f.column < table[f.row].size() && !f.messageZh.empty());
    static const std::vector<data::IndicatorValue> indicators = {
        {u"视察调研次数", 18, u"指标.B5"},
        {u"捐款捐物金额", 12.5, u"指标.B9"},
        {u"委员调整人数", 3, u"指标.B2"}};
    for (std::size_t p = 0; p < paragraphs.size(); ++p)
    {
        std::vector<Finding> out;
        data::checkAgainstIndicators(p, paragraphs[p], indicators, out);
        for (const Finding& f : out)
            require(f.start + f.length <= paragraphs[p].size());
    }
    return 0;
}
