// SPDX-License-Identifier: MPL-2.0
#include <core/tally/tally.hpp>

#include <core/common/finding.hpp>
#include <core/text/text.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <set>

namespace gongwen::core::tally
{
namespace
{

constexpr BilingualText kColumnTitles[] = {
    {u"日期", u"Date"}, {u"类别", u"Category"}, {u"单位/联络组", u"Unit"},
    {u"事项", u"Item"}, {u"数量", u"Quantity"}, {u"金额（万元）", u"Amount (10k yuan)"},
    {u"备注", u"Note"},
};
static_assert(sizeof(kColumnTitles) / sizeof(kColumnTitles[0]) == kColumns,
              "a title for every column");

std::u16string quoteSheet(std::u16string_view sheet)
{
    return u"$'" + std::u16string(sheet) + u"'";
}

std::u16string ledgerColumnRange(Column c)
{
    const std::u16string letter = columnLetters(static_cast<std::size_t>(c));
    const std::u16string last = decimal(kLedgerRows + 1);
    return quoteSheet(kLedgerSheet) + u".$" + letter + u"$2:$" + letter + u"$" + last;
}

bool isLeapYear(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int daysInMonth(int y, int m)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeapYear(y) ? 29 : days[m - 1];
}

int daysInYear(int y)
{
    return isLeapYear(y) ? 366 : 365;
}

constexpr int kSerialOf1900 = 2; // 1900-01-01; serial 0 is 1899-12-30, as in LibreOffice

std::optional<double> parseIsoDate(std::u16string_view s)
{
    // YYYY-MM-DD, also YYYY/MM/DD and YYYY年M月D日
    int parts[3] = {0, 0, 0};
    int part = 0, digits = 0;
    for (char16_t c : s)
    {
        if (c >= u'0' && c <= u'9')
        {
            parts[part] = parts[part] * 10 + (c - u'0');
            if (++digits > 4)
                return std::nullopt;
        }
        else if ((c == u'-' || c == u'/' || c == u'年' || c == u'月') && part < 2 && digits > 0)
        {
            ++part;
            digits = 0;
        }
        else if (c == u'日' && part == 2)
            continue;
        else
            return std::nullopt;
    }
    if (part != 2 || digits == 0)
        return std::nullopt;
    return serialDate(parts[0], parts[1], parts[2]);
}

RecordProblem problem(Column c, std::u16string zh, std::u16string en)
{
    return RecordProblem{c, std::move(zh), std::move(en)};
}

std::optional<std::u16string> textOf(const Value& v)
{
    if (const auto* s = std::get_if<std::u16string>(&v))
        return *s;
    if (std::holds_alternative<std::monostate>(v))
        return std::u16string();
    return std::nullopt;
}

std::optional<double> numberOf(const Value& v)
{
    if (const auto* d = std::get_if<double>(&v))
        return *d;
    if (const auto* s = std::get_if<std::u16string>(&v))
    {
        const std::string utf8 = toUtf8(*s);
        char* end = nullptr;
        const double d = std::strtod(utf8.c_str(), &end);
        if (!utf8.empty() && end && *end == '\0' && std::isfinite(d))
            return d;
    }
    return std::nullopt;
}

Finding ledgerFinding(const char* ruleId, Severity severity, std::size_t row, Column column,
                      std::u16string zh, std::u16string en)
{
    Finding f = makeFinding(ruleId, severity, row, static_cast<std::size_t>(column), 1);
    const std::u16string cell = std::u16string(kLedgerSheet) + u"!" +
                                columnLetters(static_cast<std::size_t>(column)) +
                                decimal(static_cast<long long>(row) + 1);
    f.messageZh = cell + u"：" + zh;
    f.messageEn = cell + u": " + en;
    return f;
}

} // namespace

BilingualText columnTitle(Column column)
{
    return kColumnTitles[static_cast<int>(column)];
}

const std::vector<std::u16string_view>& categories()
{
    static const std::vector<std::u16string_view> list = {
        u"协商活动", u"建议",         u"视察调研",  u"提案",     u"社情民意信息",
        u"履职活动", u"群众课题议政", u"解决问题",  u"捐款捐物", u"委员调整",
        u"常委调整", u"干部交流",     u"特邀监督员"};
    return list;
}

const std::vector<std::u16string_view>& sampleUnits()
{
    static const std::vector<std::u16string_view> list = {
        u"区政协机关", u"第一联络组", u"第二联络组", u"第三联络组", u"第四联络组"};
    return list;
}

const std::vector<Indicator>& indicators()
{
    static const std::vector<Indicator> list = {
        {u"委员调整人数",
         u"委员调整",
         Aggregate::SumQuantity,
         {u"届中调整委员人数（名）", u"members replaced"}},
        {u"常委调整人数",
         u"常委调整",
         Aggregate::SumQuantity,
         {u"调整常委人数（名）", u"standing members replaced"}},
        {u"干部交流人数",
         u"干部交流",
         Aggregate::SumQuantity,
         {u"双向交流年轻干部（名）", u"cadres exchanged"}},
        {u"协商活动次数",
         u"协商活动",
         Aggregate::CountRecords,
         {u"开展协商活动（次）", u"consultations held"}},
        {u"建议条数", u"建议", Aggregate::SumQuantity, {u"提出建议（条）", u"suggestions made"}},
        {u"特邀监督员人数",
         u"特邀监督员",
         Aggregate::SumQuantity,
         {u"推荐特邀监督员（名）", u"special supervisors"}},
        {u"捐款捐物金额",
         u"捐款捐物",
         Aggregate::SumAmount,
         {u"捐款捐物（万元）", u"donations (10k yuan)"}},
        {u"履职活动次数",
         u"履职活动",
         Aggregate::CountRecords,
         {u"基层联络组履职活动（次）", u"duty activities"}},
        {u"群众课题议政活动次数",
         u"群众课题议政",
         Aggregate::CountRecords,
         {u"群众提供课题的议政活动（次）", u"deliberations on topics from the public"}},
        {u"解决问题件数",
         u"解决问题",
         Aggregate::SumQuantity,
         {u"解决具体问题（件）", u"problems solved"}},
        {u"视察调研次数",
         u"视察调研",
         Aggregate::CountRecords,
         {u"视察调研（次）", u"inspections"}},
        {u"提案件数", u"提案", Aggregate::SumQuantity, {u"提案（件）", u"proposals"}},
        {u"社情民意信息条数",
         u"社情民意信息",
         Aggregate::SumQuantity,
         {u"社情民意信息（条）", u"public opinion reports"}},
    };
    return list;
}

std::u16string indicatorFormula(const Indicator& indicator)
{
    const std::u16string criterion = u"\"" + std::u16string(indicator.category) + u"\"";
    const std::u16string categoryRange = ledgerColumnRange(Column::Category);
    switch (indicator.aggregate)
    {
    case Aggregate::CountRecords:
        return u"=COUNTIFS(" + categoryRange + u";" + criterion + u")";
    case Aggregate::SumQuantity:
        return u"=SUMIFS(" + ledgerColumnRange(Column::Quantity) + u";" + categoryRange + u";" +
               criterion + u")";
    case Aggregate::SumAmount:
        break;
    }
    return u"=SUMIFS(" + ledgerColumnRange(Column::Amount) + u";" + categoryRange + u";" +
           criterion + u")";
}

std::u16string groupCellFormula(int row, int column)
{
    const std::u16string letter = columnLetters(static_cast<std::size_t>(column));
    return u"=COUNTIFS(" + ledgerColumnRange(Column::Unit) + u";$A" + decimal(row) + u";" +
           ledgerColumnRange(Column::Category) + u";" + letter + u"$1)";
}

namespace
{

// A1, XFD1048576, R1C1 (any case) or a boolean: what Calc would read as a cell or a value.
bool readAsCellReference(std::u16string_view name)
{
    if (name.empty())
        return false;
    std::size_t letters = 0;
    while (letters < name.size() && name[letters] < 0x80 &&
           std::isalpha(static_cast<int>(name[letters])))
        ++letters;
    const std::u16string_view rest = name.substr(letters);
    const bool digitsOnly =
        !rest.empty() &&
        std::all_of(rest.begin(), rest.end(), [](char16_t c) { return c >= u'0' && c <= u'9'; });
    const bool rc = (name[0] == u'R' || name[0] == u'r') &&
                    name.find_first_of(u"Cc") != std::u16string_view::npos &&
                    std::all_of(name.begin(), name.end(),
                                [](char16_t c) {
                                    return (c >= u'0' && c <= u'9') || c == u'R' || c == u'r' ||
                                           c == u'C' || c == u'c';
                                });
    std::u16string upper(name);
    for (char16_t& c : upper)
        if (c < 0x80)
            c = static_cast<char16_t>(std::toupper(static_cast<int>(c)));
    return (letters >= 1 && letters <= 3 && digitsOnly) || rc || upper == u"TRUE" ||
           upper == u"FALSE";
}

} // namespace

std::optional<BilingualText> nameProblem(std::u16string_view name)
{
    if (name.empty())
        return BilingualText{u"名称不能为空。", u"The name is empty."};
    if (name.size() > 255)
        return BilingualText{u"名称太长。", u"The name is too long."};
    const char32_t first = codePointAt(name, 0);
    if (!(first == u'_' || isHan(first) || (first < 0x80 && std::isalpha(static_cast<int>(first)))))
        return BilingualText{u"名称必须以汉字、字母或下划线开头。",
                             u"A name starts with a letter, a Han character or _."};
    for (std::size_t i = 0; i < name.size();)
    {
        std::size_t n = 0;
        const char32_t c = codePointAt(name, i, &n);
        const bool ok = c == u'_' || c == u'.' || isHan(c) ||
                        (c < 0x80 && std::isalnum(static_cast<int>(c))) ||
                        (c >= 0x80 && !isSpace(c) && !isChineseContext(c));
        if (!ok)
            return BilingualText{
                u"名称只能包含汉字、字母、数字、下划线和句点（不能有空格、括号或标点）。",
                u"A name holds letters, Han characters, digits, _ and . only (no spaces, brackets "
                u"or punctuation)."};
        i += n;
    }
    // Calc reads these as references: the name itself, or what follows a sheet name and a dot.
    const std::size_t dot = name.rfind(u'.');
    if (readAsCellReference(name) ||
        (dot != std::u16string_view::npos && readAsCellReference(name.substr(dot + 1))))
        return BilingualText{u"这个名称会被当作单元格地址，请换一个。",
                             u"Calc would read this name as a cell address."};
    return std::nullopt;
}

const std::vector<LedgerColumnLayout>& ledgerLayout()
{
    static const std::vector<LedgerColumnLayout> layout = {
        {Column::Date, 2600, CellRule::DateInYear, u"日期必须在统计年度内。"},
        {Column::Category, 3000, CellRule::CategoryFromList, u"请从列表中选择类别。"},
        {Column::Unit, 3200, CellRule::UnitFromList,
         u"请从列表中选择单位（可在“参数”工作表中增加）。"},
        {Column::Item, 6000, CellRule::ItemLength, u"事项应为 1 至 200 个字。"},
        {Column::Quantity, 1800, CellRule::WholeNumber, u"数量应为非负整数。"},
        {Column::Amount, 2600, CellRule::Amount, u"金额应为不小于 0 的数。"},
        {Column::Note, 5000, CellRule::NoteLength, u"备注不超过 500 个字。"},
    };
    return layout;
}

std::u16string proposeName(std::u16string_view rowLabel)
{
    std::u16string name;
    for (std::size_t i = 0; i < rowLabel.size();)
    {
        std::size_t n = 0;
        const char32_t c = codePointAt(rowLabel, i, &n);
        const bool keep = c == u'_' || isHan(c) || (c < 0x80 && std::isalnum(static_cast<int>(c)));
        if (keep)
            name.append(rowLabel.substr(i, n));
        i += n;
    }
    while (!name.empty() && name[0] < 0x80 && std::isdigit(static_cast<int>(name[0])))
        name.erase(0, 1);
    return nameProblem(name) ? std::u16string() : name;
}

std::optional<double> serialDate(int year, int month, int day)
{
    if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1 ||
        day > daysInMonth(year, month))
        return std::nullopt;
    long long days = kSerialOf1900 + day - 1;
    for (int y = 1900; y < year; ++y)
        days += daysInYear(y);
    for (int m = 1; m < month; ++m)
        days += daysInMonth(year, m);
    return static_cast<double>(days);
}

int yearOfSerial(double serial)
{
    if (!std::isfinite(serial) || serial < kSerialOf1900 || serial > 3e6)
        return 0;
    long long days = static_cast<long long>(std::floor(serial)) - kSerialOf1900;
    int year = 1900;
    while (days >= daysInYear(year))
        days -= daysInYear(year++);
    return year;
}

std::variant<Record, RecordProblem> readRecord(const std::vector<Value>& values, int year,
                                               const std::vector<std::u16string>& allowedCategories)
{
    if (values.size() != static_cast<std::size_t>(kColumns))
        return problem(Column::Date, u"应有 7 个值：日期、类别、单位、事项、数量、金额、备注。",
                       u"7 values are needed: date, category, unit, item, quantity, amount, note.");
    Record r;
    std::optional<double> date;
    if (const auto* s = std::get_if<std::u16string>(&values[0]))
        date = parseIsoDate(*s);
    else if (const auto* d = std::get_if<double>(&values[0]); d && std::isfinite(*d) && *d > 0)
        date = std::floor(*d);
    if (!date)
        return problem(Column::Date, u"不是有效日期（例如 2025-03-07）。",
                       u"not a valid date (e.g. 2025-03-07).");
    if (yearOfSerial(*date) != year)
        return problem(Column::Date,
                       u"日期不在统计年度（" + decimal(year) +
                           u"年）内。统计年度在“参数”工作表的 " + kYearCell + u" 单元格中修改。",
                       u"the date is outside the reporting year " + decimal(year) +
                           u" (set in cell " + kYearCell + u" of the 参数 sheet).");
    r.date = *date;
    const auto category = textOf(values[1]);
    if (!category || std::find(allowedCategories.begin(), allowedCategories.end(), *category) ==
                         allowedCategories.end())
        return problem(Column::Category, u"类别不在“参数”工作表的类别列表中。",
                       u"the category is not in the list on the 参数 sheet.");
    r.category = *category;
    struct TextColumn
    {
        std::size_t index;
        std::u16string* target;
        Column column;
    };
    for (auto [index, target, column] :
         {TextColumn{2, &r.unit, Column::Unit}, TextColumn{3, &r.item, Column::Item},
          TextColumn{6, &r.note, Column::Note}})
    {
        const auto text = textOf(values[index]);
        if (!text)
        {
            if (const auto n = numberOf(values[index]))
                *target = decimal(
                    static_cast<long long>(*n)); // a number where text is expected: keep it as text
            else
                return problem(column, u"应为文字。", u"text is expected.");
        }
        else
            *target = *text;
    }
    if (r.unit.empty())
        return problem(Column::Unit, u"单位不能为空。", u"the unit is empty.");
    const auto quantity = numberOf(values[4]);
    if (!quantity || *quantity < 0 || std::floor(*quantity) != *quantity || *quantity > 1e12)
        return problem(Column::Quantity, u"数量应为非负整数。",
                       u"the quantity must be a whole number ≥ 0.");
    r.quantity = static_cast<long long>(*quantity);
    const auto amount = std::holds_alternative<std::monostate>(values[5])
                            ? std::optional<double>(0.0)
                            : numberOf(values[5]);
    if (!amount || *amount < 0 || !std::isfinite(*amount))
        return problem(Column::Amount, u"金额应为不小于 0 的数。",
                       u"the amount must be a number ≥ 0.");
    r.amount = *amount;
    return r;
}

std::vector<Finding> checkLedger(const std::vector<LedgerRow>& rows, int year,
                                 const std::vector<std::u16string>& allowedCategories)
{
    std::vector<Finding> out;
    std::map<std::vector<Value>, std::size_t> seen; // a record → the sheet row it first appears in
    for (const LedgerRow& r : rows)
    {
        const auto& c = r.cells;
        if (c.size() != static_cast<std::size_t>(kColumns))
            continue;
        if (const auto* d = std::get_if<double>(&c[0]); !d || yearOfSerial(*d) != year)
            out.push_back(
                ledgerFinding(rule::kDate, Severity::Error, r.row, Column::Date,
                              u"日期不在统计年度（" + decimal(year) + u"年）内或不是日期。",
                              u"the date is not in the reporting year " + decimal(year) + u"."));
        const auto category = textOf(c[1]);
        if (!category || std::find(allowedCategories.begin(), allowedCategories.end(), *category) ==
                             allowedCategories.end())
            out.push_back(ledgerFinding(rule::kCategory, Severity::Error, r.row, Column::Category,
                                        u"类别不在类别列表中。",
                                        u"the category is not in the list."));
        const auto quantity = numberOf(c[4]);
        if (quantity && (*quantity < 0 || std::floor(*quantity) != *quantity))
            out.push_back(ledgerFinding(rule::kCount, Severity::Error, r.row, Column::Quantity,
                                        u"数量应为非负整数。",
                                        u"the quantity must be a whole number ≥ 0."));
        if (const auto [first, added] = seen.emplace(c, r.row); !added)
        {
            const std::u16string original =
                decimal(static_cast<long long>(first->second) + 1); // as Calc numbers rows
            out.push_back(ledgerFinding(rule::kDuplicate, Severity::Warning, r.row, Column::Date,
                                        u"与第 " + original + u" 行的记录完全相同。",
                                        u"the same record as row " + original + u"."));
        }
    }
    return out;
}

std::vector<Finding> checkIndicators(const std::vector<IndicatorCell>& cells)
{
    std::vector<Finding> out;
    for (const IndicatorCell& c : cells)
    {
        Finding f = makeFinding(rule::kIndicator, Severity::Error, c.row, c.column, 1);
        if (!c.defined)
        {
            f.messageZh = u"指标" + quoted(c.name) + u"没有定义为名称（插入 ▸ 名称 ▸ 管理）。";
            f.messageEn = u"Indicator " + quoted(c.name) + u" is not defined as a name.";
        }
        else if (c.state == CellState::Error)
        {
            f.ruleId = rule::kError;
            f.messageZh = u"指标" + quoted(c.name) + u"（" + c.address + u"）的值是错误值 " +
                          c.errorText + u"。";
            f.messageEn = u"Indicator " + quoted(c.name) + u" (" + c.address +
                          u") has the error value " + c.errorText + u".";
        }
        else if (c.state == CellState::Empty || c.state == CellState::Text)
        {
            const bool empty = c.state == CellState::Empty;
            f.messageZh = u"指标" + quoted(c.name) + u"（" + c.address + u"）" +
                          (empty ? u"是空单元格。" : u"不是数字。");
            f.messageEn = u"Indicator " + quoted(c.name) + u" (" + c.address + u") " +
                          (empty ? u"is empty." : u"is not a number.");
        }
        else
            continue;
        out.push_back(std::move(f));
    }
    return out;
}

std::vector<Finding> checkTableErrors(const std::vector<TableErrorCell>& cells)
{
    std::vector<Finding> out;
    for (const TableErrorCell& c : cells)
    {
        Finding f = makeFinding(rule::kError, Severity::Error, c.row, c.column, 1);
        const std::u16string where =
            c.sheet + u"." + columnLetters(c.column) + decimal(static_cast<long long>(c.row) + 1);
        f.messageZh = u"表格" + quoted(c.table) + u"的单元格 " + where + u" 是错误值 " +
                      c.errorText + u"，填入报告时会被跳过。";
        f.messageEn = u"Cell " + where + u" of the table " + quoted(c.table) +
                      u" holds the error value " + c.errorText +
                      u"; reports cannot be filled from it.";
        out.push_back(std::move(f));
    }
    return out;
}

namespace
{

struct UnitSuffix
{
    std::u16string_view suffix;
    ChartUnit unit;
};

constexpr UnitSuffix kUnitSuffixes[] = {
    {u"人数", {u"人", u"persons"}},       {u"人次", {u"人次", u"person-times"}},
    {u"次数", {u"次", u"times"}},         {u"条数", {u"条", u"items"}},
    {u"件数", {u"件", u"cases"}},         {u"金额", {u"万元", u"10,000 yuan"}},
    {u"万元", {u"万元", u"10,000 yuan"}},
};

} // namespace

ChartUnit unitOfIndicator(std::u16string_view name)
{
    for (const UnitSuffix& u : kUnitSuffixes)
        if (endsWith(name, u.suffix))
            return u.unit;
    return ChartUnit{};
}

bool countsWholeThings(const ChartUnit& unit)
{
    static constexpr std::u16string_view kCounted[] = {u"人", u"人次", u"次", u"条", u"件"};
    return std::find(std::begin(kCounted), std::end(kCounted), unit.zh) != std::end(kCounted);
}

double wholeNumberAxisStep(double largest)
{
    constexpr double kMostIntervals = 8;
    if (!(largest > 0) || !std::isfinite(largest))
        return 1;
    for (double power = 1;; power *= 10)
        for (const double factor : {1.0, 2.0, 5.0})
            if (largest / (factor * power) <= kMostIntervals || power > 1e15)
                return factor * power;
}

std::vector<ChartPlan> planIndicatorCharts(const std::vector<std::u16string>& names)
{
    std::vector<ChartPlan> charts;
    for (std::size_t i = 0; i < names.size(); ++i)
    {
        const ChartUnit unit = unitOfIndicator(names[i]);
        auto chart = std::find_if(charts.begin(), charts.end(),
                                  [&](const ChartPlan& c) { return c.unit == unit; });
        if (chart == charts.end())
        {
            ChartPlan plan;
            plan.unit = unit;
            const bool money = unit.zh == u"万元";
            if (unit.zh.empty())
            {
                plan.titleZh = u"指标汇总";
                plan.titleEn = u"Indicators";
                plan.axisZh = u"数值";
                plan.axisEn = u"Value";
            }
            else
            {
                plan.titleZh = u"指标汇总（单位：" + std::u16string(unit.zh) + u"）";
                plan.titleEn = u"Indicators (unit: " + std::u16string(unit.en) + u")";
                plan.axisZh = (money ? u"金额（" : u"数量（") + std::u16string(unit.zh) + u"）";
                plan.axisEn = (money ? u"Amount (" : u"Number (") + std::u16string(unit.en) + u")";
            }
            charts.push_back(std::move(plan));
            chart = charts.end() - 1;
        }
        chart->members.push_back(i);
    }
    return charts;
}

ChartPlan groupTableChart()
{
    ChartPlan plan;
    plan.unit = ChartUnit{u"条", u"records"};
    plan.titleZh = u"各单位活动记录（单位：条）";
    plan.titleEn = u"Ledger records by unit (unit: records)";
    plan.axisZh = u"记录数（条）";
    plan.axisEn = u"Records";
    return plan;
}

} // namespace gongwen::core::tally
