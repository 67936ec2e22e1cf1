#include "TallyWorkbook.hxx"

#include "../common/Sheets.hxx"
#include "../common/UiStrings.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/sheet/ConditionOperator.hpp>
#include <com/sun/star/sheet/FormulaResult.hpp>
#include <com/sun/star/sheet/ValidationType.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangeReferrer.hpp>
#include <com/sun/star/sheet/XNamedRange.hpp>
#include <com/sun/star/sheet/XNamedRanges.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSheetCondition.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/table/CellContentType.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableColumns.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>
#include <com/sun/star/util/XNumberFormats.hpp>

using namespace css;
namespace tally = gongwen::core::tally;

namespace gongwen::ext
{
namespace
{

constexpr sal_Int32 kFirstListRow = 3;   // 参数: lists start at row 4 (index 3)
constexpr sal_Int32 kMaxListRows = 60;

OUString u(std::u16string_view s) { return toOUString(s); }

uno::Reference<table::XCell> cell(const uno::Reference<sheet::XSpreadsheet>& sheet, sal_Int32 column, sal_Int32 row)
{
    return sheet->getCellByPosition(column, row);
}

void putText(const uno::Reference<sheet::XSpreadsheet>& sheet, sal_Int32 column, sal_Int32 row, const OUString& value)
{
    uno::Reference<css::text::XTextRange>(cell(sheet, column, row), uno::UNO_QUERY_THROW)->setString(value);
}

void setProperty(const uno::Reference<uno::XInterface>& object, const char* name, const uno::Any& value)
{
    uno::Reference<beans::XPropertySet>(object, uno::UNO_QUERY_THROW)->setPropertyValue(ascii(name), value);
}

OUString absolute(const OUString& sheet, sal_Int32 column, sal_Int32 row)
{
    return ascii("$'") + sheet + ascii("'.$") + columnLetters(column) + ascii("$") + OUString::number(row + 1);
}

void addName(const uno::Reference<sheet::XSpreadsheetDocument>& book, const OUString& name, const OUString& content)
{
    namedRanges(book)->addNewByName(name, content, table::CellAddress(0, 0, 0), 0);
}

void validate(const uno::Reference<table::XCellRange>& range, sheet::ValidationType type,
              sheet::ConditionOperator op, const OUString& formula1, const OUString& formula2,
              const OUString& error)
{
    uno::Reference<beans::XPropertySet> props(range, uno::UNO_QUERY_THROW);
    uno::Reference<beans::XPropertySet> validation(props->getPropertyValue(ascii("Validation")), uno::UNO_QUERY_THROW);
    validation->setPropertyValue(ascii("Type"), uno::Any(type));
    validation->setPropertyValue(ascii("ShowErrorMessage"), uno::Any(true));
    validation->setPropertyValue(ascii("ErrorMessage"), uno::Any(error));
    validation->setPropertyValue(ascii("IgnoreBlankCells"), uno::Any(true));
    uno::Reference<sheet::XSheetCondition> condition(validation, uno::UNO_QUERY_THROW);
    condition->setOperator(op);
    condition->setFormula1(formula1);
    if (!formula2.isEmpty())
        condition->setFormula2(formula2);
    props->setPropertyValue(ascii("Validation"), uno::Any(validation));
}

sal_Int32 dateFormat(const uno::Reference<sheet::XSpreadsheetDocument>& book)
{
    uno::Reference<util::XNumberFormats> formats =
        uno::Reference<util::XNumberFormatsSupplier>(book, uno::UNO_QUERY_THROW)->getNumberFormats();
    const lang::Locale locale(ascii("en"), ascii("US"), OUString());
    const OUString code = ascii("YYYY-MM-DD");
    sal_Int32 key = formats->queryKey(code, locale, false);
    return key >= 0 ? key : formats->addNew(code, locale);
}

void columnWidths(const uno::Reference<sheet::XSpreadsheet>& sheet, std::initializer_list<sal_Int32> widths)
{
    auto columns = uno::Reference<table::XColumnRowRange>(sheet, uno::UNO_QUERY_THROW)->getColumns();
    sal_Int32 i = 0;
    for (sal_Int32 w : widths)
        setProperty(columns->getByIndex(i++).get<uno::Reference<uno::XInterface>>(), "Width", uno::Any(w));
}

uno::Reference<sheet::XSpreadsheet> prepareSheets(const uno::Reference<sheet::XSpreadsheetDocument>& book)
{
    auto sheets = book->getSheets();
    uno::Reference<container::XIndexAccess> indexed(sheets, uno::UNO_QUERY_THROW);
    uno::Reference<container::XNamed>(indexed->getByIndex(0), uno::UNO_QUERY_THROW)->setName(u(tally::kLedgerSheet));
    sal_Int16 position = 1;
    for (std::u16string_view name : {std::u16string_view(tally::kIndicatorSheet), std::u16string_view(tally::kGroupSheet),
                                     std::u16string_view(tally::kListSheet)})
        if (!sheets->hasByName(u(name)))
            sheets->insertNewByName(u(name), position++);
    while (indexed->getCount() > 4) // a new document may come with more sheets
        sheets->removeByName(uno::Reference<container::XNamed>(indexed->getByIndex(4), uno::UNO_QUERY_THROW)->getName());
    return sheetNamed(book, u(tally::kLedgerSheet));
}

void buildLists(const uno::Reference<sheet::XSpreadsheet>& lists, int year)
{
    putText(lists, 0, 0, u(u"统计年度"));
    cell(lists, 1, 0)->setValue(year);
    putText(lists, 0, 2, u(u"类别"));
    putText(lists, 2, 2, u(u"单位/联络组"));
    sal_Int32 row = kFirstListRow;
    for (std::u16string_view c : tally::categories())
        putText(lists, 0, row++, u(c));
    row = kFirstListRow;
    for (std::u16string_view unit : tally::sampleUnits())
        putText(lists, 2, row++, u(unit));
    columnWidths(lists, {3000, 3000, 4000});
}

void buildLedger(const uno::Reference<sheet::XSpreadsheetDocument>& book, const uno::Reference<sheet::XSpreadsheet>& ledger,
                 int year)
{
    for (int c = 0; c < tally::kColumns; ++c)
        putText(ledger, c, 0, toOUString(tally::columnTitle(static_cast<tally::Column>(c)).zh));
    columnWidths(ledger, {2600, 3000, 3200, 6000, 1800, 2600, 5000});
    const OUString last = OUString::number(tally::kLedgerRows + 1);
    auto range = [&](const char* column) {
        return ledger->getCellRangeByName(ascii(column) + ascii("2:") + ascii(column) + last);
    };
    setProperty(range("A"), "NumberFormat", uno::Any(dateFormat(book)));
    validate(range("A"), sheet::ValidationType_DATE, sheet::ConditionOperator_BETWEEN,
             OUString::number(*tally::serialDate(year, 1, 1)), OUString::number(*tally::serialDate(year, 12, 31)),
             u(u"日期必须在统计年度内。"));
    validate(range("B"), sheet::ValidationType_LIST, sheet::ConditionOperator_EQUAL,
             absolute(u(tally::kListSheet), 0, kFirstListRow) + ascii(":$A$") +
                 OUString::number(kFirstListRow + kMaxListRows),
             OUString(), u(u"请从列表中选择类别。"));
    validate(range("C"), sheet::ValidationType_LIST, sheet::ConditionOperator_EQUAL,
             absolute(u(tally::kListSheet), 2, kFirstListRow) + ascii(":$C$") +
                 OUString::number(kFirstListRow + kMaxListRows),
             OUString(), u(u"请从列表中选择单位（可在“参数”工作表中增加）。"));
    validate(range("D"), sheet::ValidationType_TEXT_LEN, sheet::ConditionOperator_BETWEEN, ascii("1"), ascii("200"),
             u(u"事项应为 1 至 200 个字。"));
    validate(range("G"), sheet::ValidationType_TEXT_LEN, sheet::ConditionOperator_LESS_EQUAL, ascii("500"), OUString(),
             u(u"备注不超过 500 个字。"));
    validate(range("E"), sheet::ValidationType_WHOLE, sheet::ConditionOperator_GREATER_EQUAL, ascii("0"), OUString(),
             u(u"数量应为非负整数。"));
    validate(range("F"), sheet::ValidationType_DECIMAL, sheet::ConditionOperator_GREATER_EQUAL, ascii("0"), OUString(),
             u(u"金额应为不小于 0 的数。"));
}

void buildIndicators(const uno::Reference<sheet::XSpreadsheetDocument>& book, const uno::Reference<sheet::XSpreadsheet>& sheet)
{
    putText(sheet, 0, 0, u(u"指标名称"));
    putText(sheet, 1, 0, u(u"数值"));
    putText(sheet, 2, 0, u(u"说明"));
    sal_Int32 row = 1;
    for (const tally::Indicator& indicator : tally::indicators())
    {
        putText(sheet, 0, row, u(indicator.name));
        cell(sheet, 1, row)->setFormula(u(tally::indicatorFormula(indicator)));
        putText(sheet, 2, row, u(indicator.description.zh));
        addName(book, u(indicator.name), absolute(u(tally::kIndicatorSheet), 1, row));
        ++row;
    }
    columnWidths(sheet, {5200, 2400, 6500});
}

void buildGroupTable(const uno::Reference<sheet::XSpreadsheetDocument>& book, const uno::Reference<sheet::XSpreadsheet>& sheet)
{
    putText(sheet, 0, 0, u(u"单位/联络组"));
    const auto& categories = tally::categories();
    const auto& units = tally::sampleUnits();
    for (std::size_t c = 0; c < categories.size(); ++c)
        putText(sheet, static_cast<sal_Int32>(c) + 1, 0, u(categories[c]));
    for (std::size_t r = 0; r < units.size(); ++r)
    {
        const sal_Int32 row = static_cast<sal_Int32>(r) + 1;
        putText(sheet, 0, row, u(units[r]));
        for (std::size_t c = 0; c < categories.size(); ++c)
            cell(sheet, static_cast<sal_Int32>(c) + 1, row)
                ->setFormula(u(tally::groupCellFormula(row + 1, static_cast<int>(c) + 1)));
    }
    const sal_Int32 lastColumn = static_cast<sal_Int32>(categories.size());
    const sal_Int32 lastRow = static_cast<sal_Int32>(units.size());
    addName(book, u(tally::kGroupTableName),
            absolute(u(tally::kGroupSheet), 0, 0) + ascii(":$") + columnLetters(lastColumn) + ascii("$") +
                OUString::number(lastRow + 1));
}

// The 1-cell ranges behind every named range, with what they hold.
std::vector<tally::IndicatorCell> readIndicatorCells(const uno::Reference<sheet::XSpreadsheetDocument>& book)
{
    auto names = namedRanges(book);
    std::vector<tally::IndicatorCell> cells;
    for (const tally::Indicator& indicator : tally::indicators())
    {
        tally::IndicatorCell c;
        c.name = indicator.name;
        c.defined = names->hasByName(u(indicator.name));
        if (!c.defined)
        {
            cells.push_back(c);
            continue;
        }
        uno::Reference<sheet::XNamedRange> named(names->getByName(u(indicator.name)), uno::UNO_QUERY_THROW);
        c.address = toView(named->getContent());
        uno::Reference<table::XCellRange> range =
            uno::Reference<sheet::XCellRangeReferrer>(named, uno::UNO_QUERY_THROW)->getReferredCells();
        if (!range.is())
        {
            c.state = tally::CellState::Error;
            c.errorText = u"#REF!";
            cells.push_back(c);
            continue;
        }
        const auto where = uno::Reference<sheet::XCellRangeAddressable>(range, uno::UNO_QUERY_THROW)->getRangeAddress();
        c.row = static_cast<std::size_t>(where.StartRow);
        c.column = static_cast<std::size_t>(where.StartColumn);
        auto x = range->getCellByPosition(0, 0);
        switch (x->getType())
        {
            case table::CellContentType_EMPTY:
                c.state = tally::CellState::Empty;
                break;
            case table::CellContentType_TEXT:
                c.state = tally::CellState::Text;
                break;
            case table::CellContentType_VALUE:
                c.state = tally::CellState::Number;
                break;
            default:
            {
                const sal_Int32 error = x->getError();
                if (error != 0)
                {
                    c.state = tally::CellState::Error;
                    c.errorText = toView(errorValueText(error));
                }
                else
                {
                    sal_Int32 result = 0;
                    uno::Reference<beans::XPropertySet>(x, uno::UNO_QUERY_THROW)->getPropertyValue(ascii("FormulaResultType2")) >>= result;
                    c.state = result == sheet::FormulaResult::VALUE ? tally::CellState::Number : tally::CellState::Text;
                }
            }
        }
        cells.push_back(c);
    }
    return cells;
}

std::vector<tally::LedgerRow> readLedger(const uno::Reference<sheet::XSpreadsheet>& ledger)
{
    auto cursor = ledger->createCursor();
    uno::Reference<sheet::XUsedAreaCursor>(cursor, uno::UNO_QUERY_THROW)->gotoEndOfUsedArea(false);
    const sal_Int32 lastRow =
        uno::Reference<sheet::XCellRangeAddressable>(cursor, uno::UNO_QUERY_THROW)->getRangeAddress().EndRow;
    std::vector<tally::LedgerRow> rows;
    if (lastRow < 1)
        return rows;
    auto data = uno::Reference<sheet::XCellRangeData>(
                    ledger->getCellRangeByPosition(0, 1, tally::kColumns - 1, lastRow), uno::UNO_QUERY_THROW)
                    ->getDataArray();
    for (sal_Int32 r = 0; r < data.getLength(); ++r)
    {
        tally::LedgerRow row;
        row.row = static_cast<std::size_t>(r + 1);
        bool empty = true;
        for (const uno::Any& v : data[r])
        {
            double d = 0;
            OUString s;
            if (v >>= d)
            {
                row.cells.emplace_back(d);
                empty = false;
            }
            else if ((v >>= s) && !s.isEmpty())
            {
                row.cells.emplace_back(std::u16string(toView(s)));
                empty = false;
            }
            else
                row.cells.emplace_back(std::monostate());
        }
        if (!empty)
            rows.push_back(std::move(row));
    }
    return rows;
}

[[noreturn]] void refuse(const OUString& message) { throw lang::IllegalArgumentException(message, {}, 1); }

} // namespace

std::vector<OUString> listValues(const uno::Reference<sheet::XSpreadsheetDocument>& book, sal_Int32 column)
{
    auto lists = sheetNamed(book, u(tally::kListSheet));
    const auto data = uno::Reference<sheet::XCellRangeData>(
                          lists->getCellRangeByPosition(column, kFirstListRow, column, kFirstListRow + kMaxListRows - 1),
                          uno::UNO_QUERY_THROW)
                          ->getDataArray();
    std::vector<OUString> values;
    for (const auto& row : data)
    {
        OUString s;
        if ((row[0] >>= s) && !s.isEmpty())
            values.push_back(s);
    }
    return values;
}

uno::Reference<sheet::XSpreadsheet> sheetNamed(const uno::Reference<sheet::XSpreadsheetDocument>& book, const OUString& name)
{
    auto sheets = book->getSheets();
    if (!sheets->hasByName(name))
        return uno::Reference<sheet::XSpreadsheet>();
    return uno::Reference<sheet::XSpreadsheet>(sheets->getByName(name), uno::UNO_QUERY);
}

void buildTallyBook(const uno::Reference<sheet::XSpreadsheetDocument>& book, int year)
{
    auto ledger = prepareSheets(book);
    buildLists(sheetNamed(book, u(tally::kListSheet)), year);
    buildLedger(book, ledger, year);
    buildIndicators(book, sheetNamed(book, u(tally::kIndicatorSheet)));
    buildGroupTable(book, sheetNamed(book, u(tally::kGroupSheet)));
}

int reportingYear(const uno::Reference<sheet::XSpreadsheetDocument>& book, core::Language language)
{
    if (!book.is())
        refuse(ascii("book is null"));
    auto lists = sheetNamed(book, u(tally::kListSheet));
    if (!lists.is() || !sheetNamed(book, u(tally::kLedgerSheet)).is())
        refuse(uiText(language, UiText::TallyNotABook));
    const double year = cell(lists, 1, 0)->getValue();
    if (year < 1900 || year > 9999)
        refuse(uiText(language, UiText::TallyNotABook));
    return static_cast<int>(year);
}

sal_Int32 appendRecord(const uno::Reference<sheet::XSpreadsheetDocument>& book, const tally::Record& record)
{
    auto ledger = sheetNamed(book, u(tally::kLedgerSheet));
    sal_Int32 row = 1;
    {
        auto cursor = ledger->createCursor();
        uno::Reference<sheet::XUsedAreaCursor>(cursor, uno::UNO_QUERY_THROW)->gotoEndOfUsedArea(false);
        row = std::max<sal_Int32>(1, uno::Reference<sheet::XCellRangeAddressable>(cursor, uno::UNO_QUERY_THROW)
                                             ->getRangeAddress()
                                             .EndRow +
                                         1);
    }
    cell(ledger, 0, row)->setValue(record.date);
    putText(ledger, 1, row, toOUString(record.category)); // setString: never parsed as a formula
    putText(ledger, 2, row, toOUString(record.unit));
    putText(ledger, 3, row, toOUString(record.item));
    cell(ledger, 4, row)->setValue(static_cast<double>(record.quantity));
    cell(ledger, 5, row)->setValue(record.amount);
    if (!record.note.empty())
        putText(ledger, 6, row, toOUString(record.note));
    return row;
}

void defineName(const uno::Reference<sheet::XSpreadsheetDocument>& book, const OUString& name,
                const OUString& rangeAddress, core::Language language)
{
    if (const auto problem = tally::nameProblem(toView(name)))
        refuse(toOUString(problem->pick(language)));
    auto names = namedRanges(book);
    if (names->hasByName(name))
        refuse(uiText(language, UiText::TallyNameExists, {name}));
    const sal_Int32 dot = rangeAddress.lastIndexOf('.');
    OUString sheetName = dot < 0 ? u(tally::kIndicatorSheet) : rangeAddress.copy(0, dot);
    sheetName = sheetName.replaceAll(ascii("$"), OUString()).replaceAll(ascii("'"), OUString());
    const OUString cells = rangeAddress.copy(dot + 1).replaceAll(ascii("$"), OUString());
    auto sheet = sheetNamed(book, sheetName);
    if (!sheet.is() || cells.isEmpty())
        refuse(uiText(language, UiText::TallyBadAddress, {rangeAddress}));
    table::CellRangeAddress where;
    try
    {
        where = uno::Reference<sheet::XCellRangeAddressable>(sheet->getCellRangeByName(cells), uno::UNO_QUERY_THROW)
                    ->getRangeAddress();
    }
    catch (const uno::RuntimeException&)
    {
        refuse(uiText(language, UiText::TallyBadAddress, {rangeAddress}));
    }
    OUString content = absolute(sheetName, where.StartColumn, where.StartRow);
    if (where.EndColumn != where.StartColumn || where.EndRow != where.StartRow)
        content += ascii(":$") + columnLetters(where.EndColumn) + ascii("$") + OUString::number(where.EndRow + 1);
    names->addNewByName(name, content, table::CellAddress(where.Sheet, where.StartColumn, where.StartRow), 0);
}

std::vector<BookFinding> checkTallyBook(const uno::Reference<sheet::XSpreadsheetDocument>& book, core::Language language)
{
    const int year = reportingYear(book, language);
    std::vector<BookFinding> out;
    for (core::Finding& f : tally::checkIndicators(readIndicatorCells(book)))
        out.push_back({std::move(f), u(tally::kIndicatorSheet)});
    std::vector<std::u16string> allowed;
    for (const OUString& category : listValues(book, 0))
        allowed.emplace_back(toView(category));
    for (core::Finding& f : tally::checkLedger(readLedger(sheetNamed(book, u(tally::kLedgerSheet))), year, allowed))
        out.push_back({std::move(f), u(tally::kLedgerSheet)});
    return out;
}

} // namespace gongwen::ext
