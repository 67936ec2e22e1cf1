// SPDX-License-Identifier: MPL-2.0
#include <core/wording/register.hpp>

#include <core/text/text.hpp>

#include <algorithm>

namespace gongwen::core::wording
{
namespace
{

// ---- reading -------------------------------------------------------------------------------

// Several non-standard forms in one cell are separated by 、 (or ；).
constexpr std::u16string_view kFormSeparators = u"、；;";

using Row = std::vector<std::u16string>;

// One CSV line's fields: comma-separated, a field in double quotes may hold commas and "".
Row csvFields(std::u16string_view line)
{
    Row fields(1);
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i)
    {
        const char16_t c = line[i];
        if (quoted)
        {
            if (c == u'"' && i + 1 < line.size() && line[i + 1] == u'"')
                fields.back() += u'"', ++i;
            else if (c == u'"')
                quoted = false;
            else
                fields.back() += c;
        }
        else if (c == u'"' && fields.back().empty())
            quoted = true;
        else if (c == u',')
            fields.emplace_back();
        else
            fields.back() += c;
    }
    return fields; // trimmed with the workbook's cells, in readSheet
}

struct Sheet
{
    std::u16string_view name;
    std::vector<std::u16string> header;
    std::vector<std::pair<std::size_t, Row>> rows; // (1-based row, fields), blank rows left out

    // The column of that name, or -1.
    int column(std::u16string_view title) const
    {
        for (std::size_t i = 0; i < header.size(); ++i)
            if (header[i] == title)
                return static_cast<int>(i);
        return -1;
    }
};

SheetRows csvRows(std::u16string_view csv)
{
    SheetRows rows;
    if (!csv.empty() && csv.front() == u'\uFEFF') // a byte order mark from Excel
        csv.remove_prefix(1);
    for (std::u16string_view rest = csv;;)
    {
        const std::size_t end = rest.find(u'\n');
        std::u16string_view line = rest.substr(0, end);
        if (!line.empty() && line.back() == u'\r')
            line.remove_suffix(1);
        rows.push_back(csvFields(line));
        if (end == std::u16string_view::npos)
            break;
        rest = rest.substr(end + 1);
    }
    return rows;
}

Sheet readSheet(std::u16string_view name, const SheetRows& rows)
{
    Sheet sheet{name, {}, {}};
    for (std::size_t i = 0; i < rows.size(); ++i)
    {
        Row fields;
        for (const std::u16string& cell : rows[i])
            fields.emplace_back(trimSpaces(cell));
        if (i == 0)
            sheet.header = std::move(fields);
        else if (std::any_of(fields.begin(), fields.end(),
                             [](const std::u16string& f) { return !f.empty(); }))
            sheet.rows.emplace_back(i + 1, std::move(fields));
    }
    return sheet;
}

std::u16string field(const Row& row, int column)
{
    return column >= 0 && static_cast<std::size_t>(column) < row.size()
               ? row[static_cast<std::size_t>(column)]
               : std::u16string();
}

std::vector<std::u16string> forms(std::u16string_view cell)
{
    std::vector<std::u16string> out;
    std::size_t start = 0;
    while (start <= cell.size())
    {
        std::size_t end = cell.find_first_of(kFormSeparators, start);
        if (end == std::u16string_view::npos)
            end = cell.size();
        const std::u16string_view form = trimSpaces(cell.substr(start, end - start));
        if (!form.empty())
            out.emplace_back(form);
        start = end + 1;
    }
    return out;
}

class Reader
{
public:
    explicit Reader(std::vector<RegisterProblem>& problems) : m_problems(problems) {}

    void problem(const Sheet& sheet, std::size_t row, std::u16string zh, std::u16string en)
    {
        m_problems.push_back(
            RegisterProblem{std::u16string(sheet.name), row, std::move(zh), std::move(en)});
    }

    // The columns, or nothing (and a problem) when a required one is missing.
    template <std::size_t N>
    std::optional<std::vector<int>>
    columns(const Sheet& sheet, const std::u16string_view (&names)[N], std::size_t required)
    {
        std::vector<int> out;
        for (std::u16string_view n : names)
            out.push_back(sheet.column(n));
        for (std::size_t i = 0; i < required; ++i)
            if (out[i] < 0)
            {
                const std::u16string_view missing = names[i];
                problem(sheet, 1, u"缺少“" + std::u16string(missing) + u"”列（第 1 行应为列名）。",
                        u"No column " + std::u16string(missing) + u" (row 1 names the columns).");
                return std::nullopt;
            }
        return out;
    }

    // The dates of a row, or false (and a problem) when one is not YYYY-MM-DD or they are reversed.
    bool dates(const Sheet& sheet, std::size_t row, const std::u16string& fromText,
               const std::u16string& toText, Day& from, Day& to)
    {
        for (auto [text, day] : {std::pair{&fromText, &from}, std::pair{&toText, &to}})
        {
            if (text->empty())
                continue;
            const auto parsed = parseDay(*text);
            if (!parsed)
            {
                problem(sheet, row, u"日期“" + *text + u"”应写作 YYYY-MM-DD（如 2026-03-01）。",
                        u"The date " + *text + u" should read YYYY-MM-DD (2026-03-01).");
                return false;
            }
            *day = *parsed;
        }
        if (!from.isOpen() && !to.isOpen() && from.key() > to.key())
        {
            problem(sheet, row, u"起始日期晚于终止日期。",
                    u"The start date is after the end date.");
            return false;
        }
        return true;
    }

private:
    std::vector<RegisterProblem>& m_problems;
};

} // namespace

std::optional<Day> parseDay(std::u16string_view text)
{
    // 2026-03-01 as the sheets ask; also 2026/3/1, 2026.3.1 and 2026年3月1日, as people type
    // dates into a cell that Calc keeps as text.
    text = trimSpaces(text);
    if (!text.empty() && text.back() == u'日')
        text.remove_suffix(1);
    if (text.size() < 8 || text.size() > 10)
        return std::nullopt;
    constexpr std::u16string_view kSeparators = u"-/.年月";
    int parts[3] = {0, 0, 0};
    std::size_t part = 0, digits = 0;
    for (char16_t c : text)
    {
        if (kSeparators.find(c) != std::u16string_view::npos)
        {
            if (digits == 0 || ++part > 2)
                return std::nullopt;
            digits = 0;
        }
        else if (c >= u'0' && c <= u'9' && digits < 4)
        {
            parts[part] = parts[part] * 10 + (c - u'0');
            ++digits;
        }
        else
            return std::nullopt;
    }
    static constexpr int kDaysIn[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (part != 2 || digits == 0 || parts[0] < 1900 || parts[0] > 2200 || parts[1] < 1 ||
        parts[1] > 12 || parts[2] < 1 || parts[2] > kDaysIn[parts[1] - 1])
        return std::nullopt;
    const bool leap = (parts[0] % 4 == 0 && parts[0] % 100 != 0) || parts[0] % 400 == 0;
    if (parts[1] == 2 && parts[2] == 29 && !leap)
        return std::nullopt;
    return Day{parts[0], parts[1], parts[2]};
}

std::optional<Day> dayOfSerial(double serial)
{
    // Days from 1970-01-01 to the civil date (Howard Hinnant's days-to-civil algorithm, written
    // out for the proleptic Gregorian calendar).
    constexpr long kEpochSerial = 25569; // 1970-01-01
    if (!(serial >= 1 && serial < 150000))
        return std::nullopt;
    const long z = static_cast<long>(serial) - kEpochSerial + 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const long doe = z - era * 146097;
    const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long mp = (5 * doy + 2) / 153;
    const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    const int year = static_cast<int>(yoe + era * 400 + (month <= 2));
    if (year < 1900 || year > 2200)
        return std::nullopt;
    return Day{year, month, day};
}

std::u16string isoText(Day day)
{
    auto two = [](int n) { return std::u16string(n < 10 ? u"0" : u"") + decimal(n); };
    return decimal(day.year) + u"-" + two(day.month) + u"-" + two(day.day);
}

bool validOn(Day day, Day from, Day to)
{
    return (from.isOpen() || from.key() <= day.key()) && (to.isOpen() || day.key() <= to.key());
}

RegisterTables tablesFromCsv(const RegisterSheets& sheets)
{
    RegisterTables tables;
    auto convert = [](const std::optional<std::u16string>& csv)
    { return csv ? std::optional<SheetRows>(csvRows(*csv)) : std::nullopt; };
    tables.people = convert(sheets.people);
    tables.organs = convert(sheets.organs);
    tables.phrases = convert(sheets.phrases);
    tables.bannedWords = convert(sheets.bannedWords);
    return tables;
}

std::shared_ptr<const Register> Register::read(const RegisterSheets& sheets,
                                               std::vector<RegisterProblem>& problems)
{
    return read(tablesFromCsv(sheets), problems);
}

std::shared_ptr<const Register> Register::read(const RegisterTables& sheets,
                                               std::vector<RegisterProblem>& problems)
{
    auto reg = std::make_shared<Register>();
    Reader reader(problems);
    if (sheets.people)
    {
        const Sheet sheet = readSheet(kPeopleSheet, *sheets.people);
        if (const auto c = reader.columns(sheet, kPeopleColumns, 2))
            for (const auto& [row, fields] : sheet.rows)
            {
                Person p{field(fields, (*c)[0]), field(fields, (*c)[1]), 0, {}, {}, row};
                const std::u16string order = field(fields, (*c)[2]);
                if (p.name.empty())
                {
                    reader.problem(sheet, row, u"姓名为空。", u"The name is empty.");
                    continue;
                }
                if (!order.empty())
                {
                    const bool digits =
                        std::all_of(order.begin(), order.end(),
                                    [](char16_t ch) { return ch >= u'0' && ch <= u'9'; });
                    if (!digits || order.size() > 6)
                    {
                        reader.problem(sheet, row, u"排序“" + order + u"”应为整数。",
                                       u"The order " + order + u" should be a whole number.");
                        continue;
                    }
                    p.order = std::stoi(toUtf8(order));
                }
                if (reader.dates(sheet, row, field(fields, (*c)[3]), field(fields, (*c)[4]), p.from,
                                 p.to))
                    reg->m_people.push_back(std::move(p));
            }
    }
    if (sheets.organs)
    {
        const Sheet sheet = readSheet(kOrgansSheet, *sheets.organs);
        if (const auto c = reader.columns(sheet, kOrganColumns, 1))
            for (const auto& [row, fields] : sheet.rows)
            {
                Organ o{field(fields, (*c)[0]), field(fields, (*c)[1]),
                        forms(field(fields, (*c)[2])), row};
                if (o.fullName.empty())
                    reader.problem(sheet, row, u"全称为空。", u"The full name is empty.");
                else
                    reg->m_organs.push_back(std::move(o));
            }
    }
    if (sheets.phrases)
    {
        const Sheet sheet = readSheet(kPhrasesSheet, *sheets.phrases);
        if (const auto c = reader.columns(sheet, kPhraseColumns, 2))
            for (const auto& [row, fields] : sheet.rows)
            {
                Phrase p{field(fields, (*c)[0]),
                         forms(field(fields, (*c)[1])),
                         field(fields, (*c)[2]),
                         {},
                         {},
                         row};
                if (p.standard.empty() || p.wrongForms.empty())
                {
                    reader.problem(sheet, row, u"规范表述和不规范表述都要填写。",
                                   u"Both wordings are needed.");
                    continue;
                }
                if (reader.dates(sheet, row, field(fields, (*c)[3]), field(fields, (*c)[4]), p.from,
                                 p.to))
                    reg->m_phrases.push_back(std::move(p));
            }
    }
    if (sheets.bannedWords)
    {
        const Sheet sheet = readSheet(kBannedSheet, *sheets.bannedWords);
        if (const auto c = reader.columns(sheet, kBannedColumns, 1))
            for (const auto& [row, fields] : sheet.rows)
            {
                BannedWord b{field(fields, (*c)[0]), field(fields, (*c)[1]), row};
                if (b.word.empty())
                    reader.problem(sheet, row, u"词为空。", u"The word is empty.");
                else
                    reg->m_banned.push_back(std::move(b));
            }
    }
    reg->buildMatcher();
    return reg;
}

std::u16string_view likelySheetFor(std::u16string_view selected)
{
    static constexpr std::u16string_view kOrganEndings[] = {
        u"委员会", u"办公室", u"政府", u"政协", u"人大", u"党委", u"局",
        u"厅",     u"部",     u"院",   u"处",   u"科",   u"中心", u"组"};
    selected = trimSpaces(selected);
    for (std::u16string_view ending : kOrganEndings)
        if (selected.size() > ending.size() &&
            selected.substr(selected.size() - ending.size()) == ending)
            return kOrgansSheet;
    const bool han =
        std::all_of(selected.begin(), selected.end(), [](char16_t c) { return isHan(c); });
    if (han && selected.size() >= 2 && selected.size() <= 4)
        return kPeopleSheet;
    return kPhrasesSheet;
}

std::vector<std::u16string_view> columnsOf(std::u16string_view sheet)
{
    auto list = [](const auto& columns)
    { return std::vector<std::u16string_view>(std::begin(columns), std::end(columns)); };
    if (sheet == kPeopleSheet)
        return list(kPeopleColumns);
    if (sheet == kOrgansSheet)
        return list(kOrganColumns);
    if (sheet == kPhrasesSheet)
        return list(kPhraseColumns);
    if (sheet == kBannedSheet)
        return list(kBannedColumns);
    return {};
}

std::optional<RegisterProblem> problemOfNewRow(std::u16string_view sheet,
                                               const std::vector<std::u16string>& cells)
{
    const auto columns = columnsOf(sheet);
    SheetRows rows(2);
    for (std::u16string_view c : columns)
        rows[0].emplace_back(c);
    rows[1] = cells;
    if (std::all_of(cells.begin(), cells.end(),
                    [](const std::u16string& c) { return trimSpaces(c).empty(); }))
        rows[1] = {u" "}; // read as a row, and refused for its empty first cell
    RegisterTables tables;
    std::optional<SheetRows>* table = sheet == kPeopleSheet    ? &tables.people
                                      : sheet == kOrgansSheet  ? &tables.organs
                                      : sheet == kPhrasesSheet ? &tables.phrases
                                                               : &tables.bannedWords;
    *table = rows;
    std::vector<RegisterProblem> problems;
    const auto reg = Register::read(tables, problems);
    if (problems.empty() && reg->empty())
        problems.push_back(RegisterProblem{std::u16string(sheet), 2, u"第一列为空。",
                                           u"The first column is empty."});
    if (problems.empty())
        return std::nullopt;
    return problems.front();
}

std::u16string csvLine(const std::vector<std::u16string>& cells)
{
    std::u16string line;
    for (std::size_t i = 0; i < cells.size(); ++i)
    {
        if (i)
            line += u',';
        const std::u16string& c = cells[i];
        if (c.find_first_of(u",\"\r\n") == std::u16string::npos)
        {
            line += c;
            continue;
        }
        line += u'"';
        for (char16_t ch : c)
            line += ch == u'"' ? std::u16string(u"\"\"")
                               : std::u16string(1, ch == u'\n' || ch == u'\r' ? u' ' : ch);
        line += u'"';
    }
    return line;
}

bool Register::empty() const
{
    return m_people.empty() && m_organs.empty() && m_phrases.empty() && m_banned.empty();
}

} // namespace gongwen::core::wording
