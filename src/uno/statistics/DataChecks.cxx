// SPDX-License-Identifier: MPL-2.0
#include "DataChecks.hxx"

#include "LinkedWorkbook.hxx"

#include <core/data/consistency.hpp>
#include <core/statistics/figures.hpp>

#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XSheetCellRange.hpp>
#include <com/sun/star/table/CellContentType.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/text/XText.hpp>

#include <algorithm>
#include <map>
#include <mutex>
#include <optional>

using namespace css;

namespace gongwen::ext
{
namespace
{

// "B12" → (row 11, column 1). Writer names columns A…Z then a…z; wider tables, and split cells
// ("A1.1.1"), are not read.
std::optional<std::pair<std::size_t, std::size_t>> cellPosition(std::u16string_view name)
{
    if (name.size() < 2)
        return std::nullopt;
    const char16_t c = name[0];
    std::size_t column = 0;
    if (c >= u'A' && c <= u'Z')
        column = static_cast<std::size_t>(c - u'A');
    else if (c >= u'a' && c <= u'z')
        column = 26 + static_cast<std::size_t>(c - u'a');
    else
        return std::nullopt;
    std::size_t row = 0;
    for (std::size_t i = 1; i < name.size(); ++i)
    {
        if (name[i] < u'0' || name[i] > u'9' || row > 100000)
            return std::nullopt;
        row = row * 10 + static_cast<std::size_t>(name[i] - u'0');
    }
    if (row == 0)
        return std::nullopt;
    return std::make_pair(row - 1, column);
}

// Plain figures only: a figure field shows the workbook's value itself.
bool insideField(const BodyElement& element, const core::Finding& f)
{
    for (const TextPiece& piece : element.pieces)
        if (piece.atomic && f.start < static_cast<std::size_t>(piece.start + piece.length) &&
            static_cast<std::size_t>(piece.start) < f.start + f.length)
            return true;
    return false;
}

std::vector<core::data::IndicatorValue>
indicatorValues(const uno::Reference<uno::XComponentContext>& context, const OUString& url,
                core::Language language)
{
    std::vector<core::data::IndicatorValue> values;
    LinkedWorkbook book(context, url, language);
    for (const OUString& name : book.names(false))
    {
        const auto range = book.range(name);
        if (!range.is())
            continue;
        const auto cell = range->getCellByPosition(0, 0);
        if (cell->getError() != 0)
            continue;
        const auto type = cell->getType();
        if (type != table::CellContentType_VALUE && type != table::CellContentType_FORMULA)
            continue;
        if (type == table::CellContentType_FORMULA &&
            uno::Reference<text::XText>(cell, uno::UNO_QUERY_THROW)->getString().isEmpty())
            continue;
        const auto address =
            uno::Reference<sheet::XCellRangeAddressable>(range, uno::UNO_QUERY_THROW)
                ->getRangeAddress();
        const OUString sheet =
            uno::Reference<container::XNamed>(
                uno::Reference<sheet::XSheetCellRange>(range, uno::UNO_QUERY_THROW)
                    ->getSpreadsheet(),
                uno::UNO_QUERY_THROW)
                ->getName();
        std::u16string column;
        for (sal_Int32 c = address.StartColumn + 1; c > 0; c = (c - 1) / 26)
            column.insert(column.begin(), static_cast<char16_t>(u'A' + (c - 1) % 26));
        values.push_back({std::u16string(toView(name)), cell->getValue(),
                          std::u16string(toView(sheet)) + u"." + column +
                              std::u16string(toView(OUString::number(address.StartRow + 1)))});
    }
    return values;
}

// What each workbook's indicators were when last read: the proofreader's view of them.
std::mutex g_knownMutex;
std::map<OUString, std::vector<core::data::IndicatorValue>>& knownByUrl()
{
    static std::map<OUString, std::vector<core::data::IndicatorValue>> known;
    return known;
}

void remember(const OUString& url, const std::vector<core::data::IndicatorValue>& values)
{
    std::lock_guard<std::mutex> lock(g_knownMutex);
    auto& known = knownByUrl();
    if (known.size() > 32 && known.find(url) == known.end())
        known.clear(); // bounded: a few workbooks are linked at a time
    known[url] = values;
}

bool anyKnownIndicators()
{
    std::lock_guard<std::mutex> lock(g_knownMutex);
    return !knownByUrl().empty();
}

// The indicators last read from the workbook at `url` (by a check, the sidebar or the API), for
// the live proofreader, which never opens a workbook itself: empty when none was read yet.
std::vector<core::data::IndicatorValue> knownIndicators(const OUString& url)
{
    std::lock_guard<std::mutex> lock(g_knownMutex);
    const auto found = knownByUrl().find(url);
    return found == knownByUrl().end() ? std::vector<core::data::IndicatorValue>() : found->second;
}

// "A1" for row 0, column 0 (Writer's names: A…Z, then a…z).
std::u16string tableCellName(std::size_t row, std::size_t column)
{
    const char16_t letter =
        static_cast<char16_t>(column < 26 ? u'A' + column : u'a' + (column - 26));
    return std::u16string(1, letter) +
           std::u16string(toView(OUString::number(static_cast<sal_Int64>(row + 1))));
}

// The text of a Writer table, row by row; empty for a table with split or merged cells.
std::vector<std::vector<std::u16string>>
readTableText(const uno::Reference<text::XTextTable>& table)
{
    std::map<std::size_t, std::map<std::size_t, std::u16string>> cells;
    const uno::Sequence<OUString> names = table->getCellNames();
    if (names.getLength() > 20000)
        return {};
    for (const OUString& name : names)
    {
        const auto position = cellPosition(toView(name));
        if (!position || position->second >= 52)
            return {}; // split or merged cells: rows and columns do not line up
        const uno::Reference<text::XText> text(table->getCellByName(name), uno::UNO_QUERY);
        cells[position->first][position->second] =
            text.is() ? std::u16string(toView(text->getString())) : u"";
    }
    std::vector<std::vector<std::u16string>> rows;
    for (const auto& [row, columns] : cells)
    {
        std::vector<std::u16string> line;
        for (const auto& [column, text] : columns)
        {
            line.resize(column, std::u16string());
            line.push_back(text);
        }
        rows.push_back(std::move(line));
    }
    return rows;
}

} // namespace

void addOfficeDataFindings(const uno::Reference<uno::XComponentContext>& context,
                           const uno::Reference<text::XTextDocument>& document,
                           const std::vector<BodyElement>& body, const core::CheckOptions& options,
                           core::Language language, std::vector<core::Finding>& findings,
                           WorkbookRead read)
{
    if (options.ruleEnabled(core::rule::kDataTable))
        for (std::size_t e = 0; e < body.size(); ++e)
        {
            if (!body[e].table.is())
                continue;
            for (const core::data::TableFinding& t :
                 core::data::checkTable(readTableText(body[e].table)))
            {
                core::Finding f =
                    core::makeFinding(core::rule::kDataTable, core::Severity::Warning, e, 0, 0);
                const std::u16string cell = tableCellName(t.row, t.column);
                const std::u16string tableName(
                    toView(uno::Reference<container::XNamed>(body[e].table, uno::UNO_QUERY_THROW)
                               ->getName()));
                f.messageZh =
                    u"表格“" + tableName + u"”单元格 " + cell + u"（" + t.messageZh + u"）";
                f.messageEn =
                    u"Table “" + tableName + u"”, cell " + cell + u" (" + t.messageEn + u")";
                f.cell = cell;
                findings.push_back(std::move(f));
            }
        }
    const OUString url =
        options.ruleEnabled(core::rule::kDataWorkbook) ? linkedWorkbookUrl(document) : OUString();
    std::vector<core::data::IndicatorValue> indicators;
    try
    {
        if (!url.isEmpty() && read == WorkbookRead::KnownFirst)
            indicators = knownIndicators(url);
        if (!url.isEmpty() && indicators.empty())
        {
            indicators = indicatorValues(context, url, language);
            remember(url, indicators);
        }
    }
    catch (const uno::Exception&)
    {
        // the link's own commands tell the user what is wrong with it
    }
    for (std::size_t e = 0; e < body.size() && !indicators.empty(); ++e)
    {
        if (!body[e].paragraph.is())
            continue;
        std::vector<core::Finding> found;
        core::data::checkAgainstIndicators(e, body[e].ownText(), indicators,
                                           found); // as checkParagraphs places
        for (core::Finding& f : found)
            if (!insideField(body[e], f))
                findings.push_back(std::move(f));
    }
    std::stable_sort(findings.begin(), findings.end(),
                     [](const core::Finding& a, const core::Finding& b) {
                         return a.paragraph != b.paragraph ? a.paragraph < b.paragraph
                                                           : a.start < b.start;
                     });
}

std::vector<core::Finding>
knownWorkbookFindings(const uno::Reference<text::XTextDocument>& document, std::u16string_view text,
                      const core::CheckOptions& options)
{
    std::vector<core::Finding> findings;
    // Asked for every paragraph the office proofreads: no office call until some check has read
    // a workbook at all.
    if (!document.is() || !options.ruleEnabled(core::rule::kDataWorkbook) || !anyKnownIndicators())
        return findings;
    const OUString url = linkedWorkbookUrl(document);
    if (url.isEmpty())
        return findings;
    const auto indicators = knownIndicators(url);
    core::data::checkAgainstIndicators(0, text, indicators, findings);
    return findings;
}

} // namespace gongwen::ext
