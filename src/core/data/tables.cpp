// SPDX-License-Identifier: MPL-2.0
// data.table (totals and percentage columns of a Writer table) and data.workbook (plain
// figures that contradict the linked workbook's indicators).
#include <core/data/consistency.hpp>

#include <core/data/quantities.hpp>
#include <core/tally/tally.hpp>
#include <core/text/text.hpp>

#include <algorithm>
#include <tuple>

namespace gongwen::core::data
{
namespace
{

// A cell that holds one figure and nothing else: 1,234 / 12.5 / 97.4% / 18次 / 5万元.
struct CellFigure
{
    Exact value, low, high;
    bool percent = false;
    int decimals = 0;
    bool thousands = false; // written with separators
};

std::optional<CellFigure> cellFigure(std::u16string_view cell)
{
    const std::u16string_view text = trimSpaces(cell);
    if (text.empty() || text.size() > 40)
        return std::nullopt;
    const std::vector<Quantity> qs = readQuantities(text);
    if (qs.size() != 1 || qs[0].start != 0 || qs[0].length != text.size() || qs[0].approximate ||
        !(qs[0].measure == Measure::Plain || qs[0].measure == Measure::Percent))
        return std::nullopt;
    CellFigure f;
    f.value = qs[0].value;
    f.percent = qs[0].measure == Measure::Percent;
    f.decimals = qs[0].decimals;
    f.thousands = text.find(u',') != std::u16string_view::npos;
    // In a table every figure is as exact as it is written: half a unit of its last digit.
    const Exact half = powerOfTen(-f.decimals) / 2;
    f.low = qs[0].scaled ? qs[0].low : f.value - (f.decimals > 0 || f.percent ? half : Exact(0));
    f.high = qs[0].scaled ? qs[0].high : f.value + (f.decimals > 0 || f.percent ? half : Exact(0));
    return f;
}

bool isTotalLabel(std::u16string_view cell)
{
    const std::u16string_view t = trimSpaces(cell);
    for (std::u16string_view w : {u"合计", u"总计", u"总数", u"共计", u"全部", u"总 计", u"合 计"})
        if (t == w || (t.size() <= 8 && t.find(w) != std::u16string_view::npos))
            return true;
    return false;
}
bool isSubtotalLabel(std::u16string_view cell)
{
    const std::u16string_view t = trimSpaces(cell);
    return t.size() <= 8 && (t.find(u"小计") != std::u16string_view::npos);
}
bool isShareHeader(std::u16string_view cell)
{
    const std::u16string_view t = trimSpaces(cell);
    for (std::u16string_view w : {u"占比", u"比例", u"比重", u"率", u"百分比", u"%", u"％"})
        if (t.find(w) != std::u16string_view::npos)
            return true;
    return false;
}

std::u16string formatLike(const Exact& value, const CellFigure& like)
{
    std::u16string digits = formatExact(value, like.decimals);
    if (like.thousands)
    {
        const std::size_t dot = digits.find(u'.');
        std::size_t at = dot == std::u16string::npos ? digits.size() : dot;
        const std::size_t first = digits[0] == u'-' ? 1 : 0;
        while (at > first + 3)
        {
            at -= 3;
            digits.insert(at, 1, u',');
        }
    }
    return like.percent ? digits + u"%" : digits;
}

std::u16string position(std::size_t row, std::size_t column)
{
    return u"第 " + decimal(static_cast<long long>(row + 1)) + u" 行第 " +
           decimal(static_cast<long long>(column + 1)) + u" 列";
}
std::u16string positionEn(std::size_t row, std::size_t column)
{
    return u"row " + decimal(static_cast<long long>(row + 1)) + u", column " +
           decimal(static_cast<long long>(column + 1));
}

using Grid = std::vector<std::vector<std::optional<CellFigure>>>;

// Does a sum of rounded figures meet the stated one?
bool sumMatches(const std::vector<const CellFigure*>& parts, const CellFigure& stated)
{
    Exact low = 0, high = 0;
    for (const CellFigure* p : parts)
    {
        low += p->low;
        high += p->high;
    }
    return !(high < stated.low || stated.high < low);
}

void reportSum(std::vector<TableFinding>& out, std::size_t row, std::size_t column,
               const std::vector<const CellFigure*>& parts, const CellFigure& stated, bool ofRows)
{
    Exact sum = 0;
    for (const CellFigure* p : parts)
        sum += p->value;
    const std::u16string shown = formatLike(sum, stated);
    const std::u16string written = formatLike(stated.value, stated);
    TableFinding f;
    f.row = row;
    f.column = column;
    f.messageZh = position(row, column) + (ofRows ? u"：上面各行之和为 " : u"：同行各列之和为 ") +
                  shown + u"，表中为 " + written;
    f.messageEn = positionEn(row, column) +
                  (ofRows ? u": the rows above add up to " : u": the columns add up to ") + shown +
                  u", the table says " + written;
    f.suggestion = shown;
    out.push_back(std::move(f));
}

void checkTotalRows(const TableText& table, const Grid& grid, std::vector<TableFinding>& out)
{
    std::size_t blockStart = 0; // the first row after the header or the last subtotal
    std::vector<std::size_t> subtotalRows;
    for (std::size_t r = 0; r < table.size(); ++r)
    {
        const bool total =
            !table[r].empty() &&
            (isTotalLabel(table[r][0]) || (table[r].size() > 1 && isTotalLabel(table[r][1])));
        const bool subtotal =
            !table[r].empty() &&
            (isSubtotalLabel(table[r][0]) || (table[r].size() > 1 && isSubtotalLabel(table[r][1])));
        if (!total && !subtotal)
            continue;
        for (std::size_t c = 0; c < grid[r].size(); ++c)
        {
            if (!grid[r][c] || grid[r][c]->percent)
                continue;
            std::vector<const CellFigure*> parts;
            const std::size_t from = subtotal ? blockStart : 0;
            for (std::size_t k = from; k < r; ++k)
            {
                const bool isSub =
                    std::find(subtotalRows.begin(), subtotalRows.end(), k) != subtotalRows.end();
                if (isSub == (total && !subtotalRows.empty()) && c < grid[k].size() && grid[k][c] &&
                    !grid[k][c]->percent)
                    parts.push_back(&*grid[k][c]);
            }
            if (parts.size() < 2)
                continue;
            if (!sumMatches(parts, *grid[r][c]))
                reportSum(out, r, c, parts, *grid[r][c], true);
        }
        if (subtotal)
            subtotalRows.push_back(r);
        blockStart = r + 1;
    }
}

void checkTotalColumns(const TableText& table, const Grid& grid, std::vector<TableFinding>& out)
{
    if (table.empty())
        return;
    for (std::size_t c = 1; c < table[0].size(); ++c)
    {
        if (!isTotalLabel(table[0][c]) && !isSubtotalLabel(table[0][c]))
            continue;
        // The columns it totals: the figure columns to its left that are not shares or totals.
        std::vector<std::size_t> columns;
        for (std::size_t k = 0; k < c; ++k)
            if (!isShareHeader(table[0][k]) && !isTotalLabel(table[0][k]) &&
                !isSubtotalLabel(table[0][k]))
                columns.push_back(k);
        std::vector<std::pair<std::size_t, std::vector<const CellFigure*>>> rows;
        std::size_t matching = 0;
        for (std::size_t r = 1; r < grid.size(); ++r)
        {
            if (c >= grid[r].size() || !grid[r][c] || grid[r][c]->percent)
                continue;
            std::vector<const CellFigure*> parts;
            for (std::size_t k : columns)
                if (k < grid[r].size() && grid[r][k] && !grid[r][k]->percent)
                    parts.push_back(&*grid[r][k]);
            if (parts.size() < 2)
                continue;
            matching += sumMatches(parts, *grid[r][c]);
            rows.emplace_back(r, std::move(parts));
        }
        // Report only where the other rows show the column is such a sum.
        if (rows.empty() || (matching == 0 && rows.size() > 1))
            continue;
        for (const auto& [r, parts] : rows)
            if (!sumMatches(parts, *grid[r][c]))
                reportSum(out, r, c, parts, *grid[r][c], false);
    }
}

bool ratioMatches(const CellFigure& part, const CellFigure& whole, const CellFigure& share)
{
    if (whole.low <= 0)
        return false;
    const Exact low = part.low / whole.high * 100, high = part.high / whole.low * 100;
    return !(high < share.low || share.high < low);
}

// The row that totals the table (合计/总计), if any.
std::optional<std::size_t> totalRow(const TableText& table)
{
    for (std::size_t r = table.size(); r-- > 1;)
        if (!table[r].empty() &&
            (isTotalLabel(table[r][0]) || (table[r].size() > 1 && isTotalLabel(table[r][1]))))
            return r;
    return std::nullopt;
}

// What a share column is computed from: column `part` of the row divided by column `whole` of
// the same row, or (whole == part, ofTotal) by column `part` of the 合计 row.
struct ShareSource
{
    std::size_t part = 0, whole = 0;
    bool ofTotal = false;
};

const CellFigure* figureAt(const Grid& grid, std::size_t r, std::size_t c)
{
    return r < grid.size() && c < grid[r].size() && grid[r][c] && !grid[r][c]->percent
               ? &*grid[r][c]
               : nullptr;
}

std::pair<const CellFigure*, const CellFigure*> shareOperands(const Grid& grid, std::size_t r,
                                                              const ShareSource& s,
                                                              std::optional<std::size_t> total)
{
    return {figureAt(grid, r, s.part), figureAt(grid, s.ofTotal ? *total : r, s.whole)};
}

void checkShareColumns(const TableText& table, const Grid& grid, std::vector<TableFinding>& out)
{
    if (table.empty())
        return;
    const std::optional<std::size_t> total = totalRow(table);
    for (std::size_t c = 0; c < table[0].size(); ++c)
    {
        if (!isShareHeader(table[0][c]))
            continue;
        std::vector<std::size_t> rows;
        for (std::size_t r = 1; r < grid.size(); ++r)
            if (c < grid[r].size() && grid[r][c])
                rows.push_back(r);
        if (rows.size() < 2)
            continue;
        std::vector<ShareSource> sources;
        for (std::size_t a = 0; a < table[0].size(); ++a)
        {
            if (a == c)
                continue;
            if (total)
                sources.push_back({a, a, true});
            for (std::size_t b = 0; b < table[0].size(); ++b)
                if (b != a && b != c)
                    sources.push_back({a, b, false});
        }
        // The source that explains the most rows.
        const ShareSource* best = nullptr;
        std::size_t bestCount = 0;
        for (const ShareSource& source : sources)
        {
            std::size_t count = 0;
            for (std::size_t r : rows)
            {
                const auto [part, whole] = shareOperands(grid, r, source, total);
                count += part && whole && ratioMatches(*part, *whole, *grid[r][c]);
            }
            if (count > bestCount)
                bestCount = count, best = &source;
        }
        // Evidence: all rows but a few follow from it.
        if (!best || bestCount < 2 || bestCount * 2 < rows.size() + 1 || bestCount == rows.size())
            continue;
        for (std::size_t r : rows)
        {
            const auto [part, whole] = shareOperands(grid, r, *best, total);
            if (!part || !whole || whole->value <= 0 || ratioMatches(*part, *whole, *grid[r][c]))
                continue;
            const CellFigure& share = *grid[r][c];
            const Exact ratio = part->value / whole->value * 100;
            const std::u16string shown =
                formatExact(ratio, share.decimals) + (share.percent ? u"%" : u"");
            const std::u16string written =
                formatExact(share.value, share.decimals) + (share.percent ? u"%" : u"");
            const std::u16string sum = formatExact(part->value, part->decimals) + u" ÷ " +
                                       formatExact(whole->value, whole->decimals) + u" = " + shown;
            TableFinding f;
            f.row = r;
            f.column = c;
            f.messageZh = position(r, c) + u"：" + sum + u"，表中为 " + written;
            f.messageEn = positionEn(r, c) + u": " + sum + u", the table says " + written;
            f.suggestion = shown;
            out.push_back(std::move(f));
        }
    }
}

} // namespace

std::vector<TableFinding> checkTable(const TableText& table)
{
    if (table.size() > 2000)
        return {};
    Grid grid;
    grid.reserve(table.size());
    for (const auto& row : table)
    {
        std::vector<std::optional<CellFigure>> figures;
        for (std::size_t c = 0; c < row.size() && c < 64; ++c)
            figures.push_back(cellFigure(row[c]));
        grid.push_back(std::move(figures));
    }
    std::vector<TableFinding> out;
    checkTotalRows(table, grid, out);
    checkTotalColumns(table, grid, out);
    checkShareColumns(table, grid, out);
    std::sort(out.begin(), out.end(),
              [](const TableFinding& a, const TableFinding& b)
              { return std::tie(a.row, a.column) < std::tie(b.row, b.column); });
    out.erase(std::unique(out.begin(), out.end(),
                          [](const TableFinding& a, const TableFinding& b)
                          { return a.row == b.row && a.column == b.column; }),
              out.end());
    return out;
}

// ---------------------------------------------------------------- the workbook

namespace
{

constexpr std::u16string_view kCountSuffixes[] = {u"次数", u"人数", u"条数", u"件数", u"个数",
                                                  u"项数", u"场数", u"篇数", u"户数", u"人次",
                                                  u"金额", u"数量", u"数"};

// What the report writes after the stem: 视察调研次数 → 视察调研 … 18次.
struct IndicatorPattern
{
    std::vector<std::u16string> stems;
    std::vector<std::u16string> units; // 次 / 人, 名 / 元 (amounts in 万元 are scaled)
    Exact value;
    bool tenThousands = false;
};

std::optional<IndicatorPattern> patternOf(const IndicatorValue& indicator)
{
    const std::u16string_view name = trimSpaces(indicator.name);
    const tally::ChartUnit unit = tally::unitOfIndicator(name);
    if (unit.zh.empty())
        return std::nullopt;
    IndicatorPattern p;
    std::u16string_view stem = name;
    for (std::u16string_view s : kCountSuffixes)
        if (stem.size() > s.size() && stem.substr(stem.size() - s.size()) == s)
        {
            stem.remove_suffix(s.size());
            break;
        }
    if (stem.size() < 2)
        return std::nullopt;
    p.stems.emplace_back(stem);
    if (stem.size() == 4) // 委员调整 is written 调整委员 as often
        p.stems.push_back(std::u16string(stem.substr(2)) + std::u16string(stem.substr(0, 2)));
    const auto value = exactFromDouble(indicator.value);
    if (!value)
        return std::nullopt;
    p.value = *value;
    if (unit.zh == u"万元")
    {
        p.units = {std::u16string(u"元")};
        p.tenThousands = true;
        p.value *= 10000;
    }
    else if (unit.zh == u"人")
        p.units = {std::u16string(u"人"), std::u16string(u"名"), std::u16string(u"位")};
    else
        p.units = {std::u16string(unit.zh)};
    return p;
}

} // namespace

void checkAgainstIndicators(std::size_t paragraph, std::u16string_view text,
                            const std::vector<IndicatorValue>& indicators,
                            std::vector<Finding>& out)
{
    if (indicators.empty() || text.empty())
        return;
    std::vector<Quantity> qs;
    bool read = false;
    for (const IndicatorValue& indicator : indicators)
    {
        const auto pattern = patternOf(indicator);
        if (!pattern)
            continue;
        for (const std::u16string& stem : pattern->stems)
            for (std::size_t at = text.find(stem); at != std::u16string_view::npos;
                 at = text.find(stem, at + 1))
            {
                if (!read)
                {
                    qs = readQuantities(text);
                    read = true;
                }
                const std::size_t from = at + stem.size();
                const Quantity* q = nullptr;
                for (const Quantity& candidate : qs)
                    if (candidate.start >= from && candidate.start <= from + 6)
                    {
                        q = &candidate;
                        break;
                    }
                if (!q || q->measure != Measure::Plain ||
                    std::find(pattern->units.begin(), pattern->units.end(), q->unit) ==
                        pattern->units.end())
                    continue;
                bool clauseBreak = false;
                for (std::size_t k = from; k < q->start; ++k)
                    clauseBreak =
                        clauseBreak || text[k] == u'，' || text[k] == u'；' || text[k] == u'。';
                if (clauseBreak || !(pattern->value < q->low || q->high < pattern->value))
                    continue;
                // An amount in 万元 written "15万元": the finding covers "15", and the indicator's
                // figure (in 万元, as the workbook keeps it) replaces it. Written in 元, the
                // suggestion is in 元 and no figure field can stand in for it.
                const bool inTenThousands =
                    pattern->tenThousands && q->numeralEnd > q->start &&
                    text[q->numeralEnd - 1] == u'万' &&
                    (q->numeralEnd - q->start < 2 || text[q->numeralEnd - 2] != u'亿');
                const Exact shownValue = inTenThousands ? pattern->value / 10000 : pattern->value;
                const std::size_t end = inTenThousands ? q->numeralEnd - 1 : q->numeralEnd;
                int decimals = q->decimals; // as many as the value needs, at least as written
                while (decimals < 4 && denominator(shownValue * powerOfTen(decimals)) != 1)
                    ++decimals;
                const std::u16string value = formatExact(shownValue, decimals);
                const std::u16string writtenText(text.substr(q->start, q->length));
                Finding f = makeFinding(rule::kDataWorkbook, Severity::Warning, paragraph, q->start,
                                        end - q->start);
                const std::u16string shown =
                    pattern->tenThousands ? formatExact(pattern->value / 10000, decimals) + u"万元"
                                          : value;
                f.messageZh = u"统计表中指标“" + indicator.name + u"”（" + indicator.cell +
                              u"）为 " + shown + u"，文中为 " + writtenText + u"：建议插入统计数字";
                f.messageEn = u"The workbook's indicator “" + indicator.name + u"” (" +
                              indicator.cell + u") is " + shown + u", the text says " +
                              writtenText + u": insert the figure from the workbook";
                f.suggestions.push_back(value);
                if (!pattern->tenThousands || inTenThousands)
                    f.indicator = indicator.name;
                out.push_back(std::move(f));
            }
    }
}

} // namespace gongwen::core::data
