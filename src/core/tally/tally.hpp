// SPDX-License-Identifier: MPL-2.0
// The tally book (统计台账) that reports link to: its ledger columns, categories, indicators
// and the checks of its contents. Calc-free: the UNO side builds the workbook from this.
#pragma once

#include <core/common/cells.hpp>

#include <core/common/finding.hpp>
#include <core/common/language.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace gongwen::core::tally
{

/// Ledger columns, in sheet order (A…G).
enum class Column
{
    Date,
    Category,
    Unit,
    Item,
    Quantity,
    Amount,
    Note,
    Count // keep last
};

constexpr int kColumns = static_cast<int>(Column::Count);
constexpr int kLedgerRows = 10000; // formulas cover rows 2 … 10001

BilingualText columnTitle(Column column);

/// Sheet names (Chinese; used in formulas and named ranges).
inline constexpr char16_t kLedgerSheet[] = u"台账";
inline constexpr char16_t kIndicatorSheet[] = u"指标";
inline constexpr char16_t kGroupSheet[] = u"分组统计";
inline constexpr char16_t kListSheet[] = u"参数";
inline constexpr char16_t kGroupTableName[] = u"分组统计";

/// The 参数 sheet: its lists (categories in column A, units in column C) start in this row
/// (0-based) and may hold this many entries.
inline constexpr int kFirstListRow = 3;
inline constexpr int kMaxListRows = 60;
inline constexpr int kCategoryListColumn = 0;
inline constexpr int kUnitListColumn = 2;

/// What the sheet itself checks as a ledger cell is typed (登记 and addRecord check too).
enum class CellRule
{
    DateInYear,       // a date of the reporting year
    CategoryFromList, // one of the 参数 categories
    UnitFromList,     // one of the 参数 units
    ItemLength,       // 1–200 characters
    NoteLength,       // at most 500 characters
    WholeNumber,      // a whole number ≥ 0
    Amount,           // a number ≥ 0
};

/// How one ledger column is laid out: its width (1/100 mm), its rule and the message the
/// sheet shows when the rule is broken (the book is Chinese, like its sheet names).
struct LedgerColumnLayout
{
    Column column;
    int width;
    CellRule rule;
    std::u16string_view message;
};
const std::vector<LedgerColumnLayout>& ledgerLayout();

/// The activity categories a record can have.
const std::vector<std::u16string_view>& categories();
/// The units (联络组) the sample uses; users add their own in the 参数 sheet.
const std::vector<std::u16string_view>& sampleUnits();

enum class Aggregate
{
    CountRecords, // COUNTIFS over the category
    SumQuantity,  // SUMIFS of 数量
    SumAmount,    // SUMIFS of 金额
};

/// An indicator: a named one-cell range on the 指标 sheet, a formula over the ledger.
struct Indicator
{
    std::u16string_view name;     // the named range, e.g. 协商活动次数
    std::u16string_view category; // the ledger category it aggregates
    Aggregate aggregate;
    BilingualText description;
};
const std::vector<Indicator>& indicators();

/// The Calc formula (API grammar: English names, ";" separators) of an indicator.
std::u16string indicatorFormula(const Indicator& indicator);
/// The formula of one cell of the 分组统计 table (records of `category` by `unit`), where the
/// unit is in cell $A<row> and the category in <column>$1 of the same sheet.
std::u16string groupCellFormula(int row, int column);

/// Why a name cannot name an indicator (nullopt: it can). Calc refuses names it could read as
/// a cell reference, also after a sheet name ("指标.B5").
std::optional<BilingualText> nameProblem(std::u16string_view name);

/// A name proposed for a cell from its row label ("金额（万元）" → "金额万元"): the label without
/// the characters a name cannot hold, or "" when nothing usable is left.
std::u16string proposeName(std::u16string_view rowLabel);

/// A value given for one ledger column.
using Value = std::variant<std::monostate, double, std::u16string>;

struct Record
{
    double date = 0; // spreadsheet serial date (days since 1899-12-30)
    std::u16string category, unit, item, note;
    long long quantity = 0;
    double amount = 0;
};

struct RecordProblem
{
    Column column;
    std::u16string zh, en; // the problem, without the column name
    std::u16string_view text(Language language) const { return pick(language, zh, en); }
};

/// Checks and converts the values of one record (7, in column order). Dates may be serial
/// numbers or "YYYY-MM-DD" text and must lie in `year`; the category must be one of
/// `allowedCategories` (the book's own list on its 参数 sheet).
std::variant<Record, RecordProblem>
readRecord(const std::vector<Value>& values, int year,
           const std::vector<std::u16string>& allowedCategories);

/// Where the reporting year is kept, for messages that ask the user to change it.
inline constexpr char16_t kYearCell[] = u"B1";

/// Serial date of y-m-d (days since 1899-12-30), or nullopt for an impossible date.
std::optional<double> serialDate(int year, int month, int day);
int yearOfSerial(double serial);

} // namespace gongwen::core::tally

namespace gongwen::core::tally
{

/// Stable rule ids of the tally book checks.
namespace rule
{
inline constexpr char kError[] = "tally.error"; // an error value in an indicator cell
inline constexpr char kIndicator[] =
    "tally.indicator";                          // an indicator missing, or on an empty/text cell
inline constexpr char kCount[] = "tally.count"; // a negative or fractional quantity
inline constexpr char kDate[] = "tally.date";   // a date outside the reporting year
inline constexpr char kDuplicate[] = "tally.duplicate"; // the same record twice
inline constexpr char kCategory[] = "tally.category";   // a category not in the list
} // namespace rule

/// One ledger row as read from the sheet; `row` is the 0-based sheet row.
struct LedgerRow
{
    std::size_t row = 0;
    std::vector<Value> cells; // kColumns values; a date cell holds its serial number
};

/// Findings over ledger rows: Paragraph = sheet row, Start = column, Length = 1.
std::vector<Finding> checkLedger(const std::vector<LedgerRow>& rows, int year,
                                 const std::vector<std::u16string>& allowedCategories);

enum class CellState
{
    Number,
    Text,
    Empty,
    Error,
};

/// What an indicator name refers to, as read from the workbook.
struct IndicatorCell
{
    std::u16string name;
    bool defined = false;   // a named range of that name exists
    std::u16string address; // e.g. $指标.$B$5, for messages
    std::size_t row = 0, column = 0;
    CellState state = CellState::Empty;
    std::u16string errorText; // #REF!, #DIV/0! … when state == Error
};

std::vector<Finding> checkIndicators(const std::vector<IndicatorCell>& cells);

/// A cell holding an error value (#DIV/0! …) inside a table: a named range of several cells.
struct TableErrorCell
{
    std::u16string table, sheet;
    std::size_t row = 0, column = 0; // 0-based, on the sheet
    std::u16string errorText;
};

/// One tally.error finding per cell: Paragraph = sheet row, Start = column, Length 1.
std::vector<Finding> checkTableErrors(const std::vector<TableErrorCell>& cells);

/// The unit of a chart: every value on one axis has the same one.
struct ChartUnit
{
    std::u16string_view zh, en; // "次" / "times"; empty when the name says nothing
    bool operator==(const ChartUnit& o) const { return zh == o.zh && en == o.en; }
};

/// The unit an indicator counts in, read from the end of its name (…人数 → 人, …次数 → 次,
/// …条数 → 条, …件数 → 件, …金额 → 万元); names that say nothing share an empty unit.
ChartUnit unitOfIndicator(std::u16string_view name);

/// Whether a unit counts whole things (人, 人次, 次, 条, 件): its axis shows whole numbers only.
bool countsWholeThings(const ChartUnit& unit);
/// A value axis step for whole counts up to `largest`: 1, 2 or 5 times a power of ten, so that the
/// axis has at most eight intervals and never a fraction.
double wholeNumberAxisStep(double largest);

/// A chart of indicators that share a unit: its title, the value axis title, and the indices
/// (into the names given) of the indicators it shows, in order.
struct ChartPlan
{
    ChartUnit unit;
    std::u16string titleZh, titleEn, axisZh, axisEn;
    std::vector<std::size_t> members;
};

/// One chart per unit, in the order units first appear among `names`.
std::vector<ChartPlan> planIndicatorCharts(const std::vector<std::u16string>& names);

/// The chart of the 分组统计 table (records by unit and category).
ChartPlan groupTableChart();

} // namespace gongwen::core::tally
