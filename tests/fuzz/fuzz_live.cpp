// SPDX-License-Identifier: MPL-2.0
// libFuzzer target for the live proofreader's document (core/checker/live): the input is a
// document and a sequence of edits (typed into, split, joined, deleted, pasted, moved); after
// each edit every paragraph's live findings must be the whole-document check's. Rules that read
// the document as a whole only at the end (the weekday of an undated date, the 请示/报告 and
// 签发人 rules) and messages that take a short year's century from the whole document are left
// out of the comparison; their places still count.
#include <core/checker/checker.hpp>
#include <core/checker/live.hpp>
#include <core/text/text.hpp>
#include <core/typo/model.hpp>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <tuple>
#include <vector>

using namespace gongwen::core;

namespace
{

void require(bool condition)
{
    if (!condition)
        std::abort();
}

bool comparedRule(const std::string& id)
{
    static const std::string kWholeDocument[] = {"data.weekday", "data.days", "doc.request",
                                                 "doc.report", "doc.signer", "doc.head"};
    return std::find(std::begin(kWholeDocument), std::end(kWholeDocument), id) ==
           std::end(kWholeDocument);
}

using Place = std::tuple<std::string, std::size_t, std::size_t>;

std::vector<Place> places(const std::vector<Finding>& findings, std::size_t paragraph)
{
    std::vector<Place> out;
    for (const Finding& f : findings)
        if (f.paragraph == paragraph && comparedRule(f.ruleId))
            out.emplace_back(f.ruleId, f.start, f.length);
    std::sort(out.begin(), out.end());
    return out;
}

void requireAgreement(const LiveDocument& live, const std::vector<std::u16string>& lines)
{
    require(live.size() == lines.size());
    const std::vector<std::u16string_view> views(lines.begin(), lines.end());
    const auto whole = checkParagraphs(views);
    for (std::size_t p = 0; p < lines.size(); ++p)
        require(places(live.findingsOf(p), p) == places(whole, p));
}

// What an edit inserts: pieces that move headings, items, counts and typos.
const std::u16string kTyped[] = {u"一是", u"XX", u"，", u"。", u"二、", u"（一）", u"做为",
                                 u"1.", u"三项", u"05年3月", u"“", u"2026年11月29日", u"\n"};

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    typo::setDataDirectory(GONGWEN_TYPO_DATA_DIR);
    require(typo::sharedModel() != nullptr);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    // Up to the first NUL byte: the document (UTF-8); after it, one edit per two bytes.
    const auto* end = std::find(data, data + size, std::uint8_t{0});
    const std::u16string text = fromUtf8(std::string_view(reinterpret_cast<const char*>(data),
                                                          static_cast<std::size_t>(end - data)));
    std::vector<std::u16string> lines;
    for (std::u16string_view p : splitParagraphs(text))
        lines.emplace_back(p);
    if (lines.size() > 200)
        return 0;
    LiveDocument live;
    live.update(std::vector<std::u16string_view>(lines.begin(), lines.end()));
    requireAgreement(live, lines);
    constexpr std::size_t kMostEdits = 24;
    std::size_t edits = 0;
    for (const std::uint8_t* op = end == data + size ? end : end + 1;
         op + 1 < data + size && edits < kMostEdits; op += 2, ++edits)
    {
        const std::size_t p = lines.empty() ? 0 : op[1] % lines.size();
        const std::size_t at = lines.empty() ? 0 : (op[1] * 7u) % (lines[p].size() + 1);
        switch (lines.empty() ? 4 : op[0] % 6)
        {
        case 0: // typed into, in place (a line break typed is a split, as in Writer)
        {
            const std::u16string& piece = kTyped[(op[0] / 6) % std::size(kTyped)];
            if (piece == u"\n")
            {
                lines.insert(lines.begin() + static_cast<long>(p) + 1, lines[p].substr(at));
                lines[p].erase(at);
                live.update(std::vector<std::u16string_view>(lines.begin(), lines.end()));
            }
            else
            {
                lines[p].insert(at, piece);
                live.setParagraph(p, lines[p]);
            }
            break;
        }
        case 1: // a character deleted in place
            if (at < lines[p].size())
                lines[p].erase(at, 1);
            live.setParagraph(p, lines[p]);
            break;
        case 2: // joined with the next
            if (p + 1 < lines.size())
            {
                lines[p] += lines[p + 1];
                lines.erase(lines.begin() + static_cast<long>(p) + 1);
            }
            live.update(std::vector<std::u16string_view>(lines.begin(), lines.end()));
            break;
        case 3: // deleted
            lines.erase(lines.begin() + static_cast<long>(p));
            live.update(std::vector<std::u16string_view>(lines.begin(), lines.end()));
            break;
        case 4: // a paragraph pasted: a copy of another, or a piece
            lines.insert(lines.begin() + static_cast<long>(p),
                         lines.empty() ? kTyped[op[0] % std::size(kTyped)] : lines[at % lines.size()]);
            live.update(std::vector<std::u16string_view>(lines.begin(), lines.end()));
            break;
        default: // moved
        {
            const std::u16string moved = lines[p];
            lines.erase(lines.begin() + static_cast<long>(p));
            lines.insert(lines.begin() + static_cast<long>(at % (lines.size() + 1)), moved);
            live.update(std::vector<std::u16string_view>(lines.begin(), lines.end()));
            break;
        }
        }
        requireAgreement(live, lines);
    }
    return 0;
}
