// SPDX-License-Identifier: MPL-2.0
#include "TallyWorkbook.hxx"
#include "../common/ApiGuard.hxx"

#include "../common/DocumentEdit.hxx"
#include "../common/Sheets.hxx"
#include "../common/UiStrings.hxx"

#include <com/sun/star/awt/Point.hpp>
#include <com/sun/star/awt/Rectangle.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/chart/ChartDataCaption.hpp>
#include <com/sun/star/chart/XAxisXSupplier.hpp>
#include <com/sun/star/chart/XAxisYSupplier.hpp>
#include <com/sun/star/chart/XChartDataArray.hpp>
#include <com/sun/star/chart/XChartDocument.hpp>
#include <com/sun/star/chart/XDiagram.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XEmbeddedObjectSupplier.hpp>
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
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableChart.hpp>
#include <com/sun/star/table/XTableCharts.hpp>
#include <com/sun/star/table/XTableChartsSupplier.hpp>
#include <com/sun/star/table/XTableColumns.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/util/XNumberFormats.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>

#include <algorithm>

using namespace css;
namespace tally = gongwen::core::tally;

namespace gongwen::ext
{
namespace
{

OUString ouString(std::u16string_view s)
{
    return toOUString(s);
}

uno::Reference<table::XCell> cell(const uno::Reference<sheet::XSpreadsheet>& sheet,
                                  sal_Int32 column, sal_Int32 row)
{
    return sheet->getCellByPosition(column, row);
}

void putText(const uno::Reference<sheet::XSpreadsheet>& sheet, sal_Int32 column, sal_Int32 row,
             const OUString& value)
{
    uno::Reference<css::text::XTextRange>(cell(sheet, column, row), uno::UNO_QUERY_THROW)
        ->setString(value);
}

void setProperty(const uno::Reference<uno::XInterface>& object, const char* name,
                 const uno::Any& value)
{
    uno::Reference<beans::XPropertySet>(object, uno::UNO_QUERY_THROW)
        ->setPropertyValue(ascii(name), value);
}

OUString absolute(const OUString& sheet, sal_Int32 column, sal_Int32 row)
{
    return ascii("$'") + sheet + ascii("'.$") + columnLetters(column) + ascii("$") +
           OUString::number(row + 1);
}

void addName(const uno::Reference<sheet::XSpreadsheetDocument>& book, const OUString& name,
             const OUString& content)
{
    namedRanges(book)->addNewByName(name, content, table::CellAddress(0, 0, 0), 0);
}

void columnWidths(const uno::Reference<sheet::XSpreadsheet>& sheet,
                  std::initializer_list<sal_Int32> widths)
{
    auto columns =
        uno::Reference<table::XColumnRowRange>(sheet, uno::UNO_QUERY_THROW)->getColumns();
    sal_Int32 i = 0;
    for (sal_Int32 w : widths)
        setProperty(columns->getByIndex(i++).get<uno::Reference<uno::XInterface>>(), "Width",
                    uno::Any(w));
}

uno::Reference<sheet::XSpreadsheet>
prepareSheets(const uno::Reference<sheet::XSpreadsheetDocument>& book)
{
    auto sheets = book->getSheets();
    uno::Reference<container::XIndexAccess> indexed(sheets, uno::UNO_QUERY_THROW);
    uno::Reference<container::XNamed>(indexed->getByIndex(0), uno::UNO_QUERY_THROW)
        ->setName(ouString(tally::kLedgerSheet));
    sal_Int16 position = 1;
    for (std::u16string_view name :
         {std::u16string_view(tally::kIndicatorSheet), std::u16string_view(tally::kGroupSheet),
          std::u16string_view(tally::kListSheet)})
        if (!sheets->hasByName(ouString(name)))
            sheets->insertNewByName(ouString(name), position++);
    while (indexed->getCount() > 4) // a new document may come with more sheets
        sheets->removeByName(
            uno::Reference<container::XNamed>(indexed->getByIndex(4), uno::UNO_QUERY_THROW)
                ->getName());
    return sheetNamed(book, ouString(tally::kLedgerSheet));
}

void buildLists(const uno::Reference<sheet::XSpreadsheet>& lists, int year)
{
    putText(lists, 0, 0, ouString(u"统计年度"));
    cell(lists, 1, 0)->setValue(year);
    putText(lists, tally::kCategoryListColumn, tally::kFirstListRow - 1, ouString(u"类别"));
    putText(lists, tally::kUnitListColumn, tally::kFirstListRow - 1, ouString(u"单位/联络组"));
    sal_Int32 row = tally::kFirstListRow;
    for (std::u16string_view c : tally::categories())
        putText(lists, tally::kCategoryListColumn, row++, ouString(c));
    row = tally::kFirstListRow;
    for (std::u16string_view unit : tally::sampleUnits())
        putText(lists, tally::kUnitListColumn, row++, ouString(unit));
    columnWidths(lists, {3000, 3000, 4000});
}

// The sheet's own check of one ledger column, as the core lays it out.
void validateColumn(const uno::Reference<table::XCellRange>& cells,
                    const tally::LedgerColumnLayout& layout, int year)
{
    auto list = [](int column)
    {
        return absolute(ouString(tally::kListSheet), column, tally::kFirstListRow) + ascii(":$") +
               columnLetters(column) + ascii("$") +
               OUString::number(tally::kFirstListRow + tally::kMaxListRows);
    };
    const OUString message = toOUString(layout.message);
    switch (layout.rule)
    {
    case tally::CellRule::DateInYear:
        return validate(cells, sheet::ValidationType_DATE, sheet::ConditionOperator_BETWEEN,
                        OUString::number(*tally::serialDate(year, 1, 1)),
                        OUString::number(*tally::serialDate(year, 12, 31)), message);
    case tally::CellRule::CategoryFromList:
        return validate(cells, sheet::ValidationType_LIST, sheet::ConditionOperator_EQUAL,
                        list(tally::kCategoryListColumn), OUString(), message);
    case tally::CellRule::UnitFromList:
        return validate(cells, sheet::ValidationType_LIST, sheet::ConditionOperator_EQUAL,
                        list(tally::kUnitListColumn), OUString(), message);
    case tally::CellRule::ItemLength:
        return validate(cells, sheet::ValidationType_TEXT_LEN, sheet::ConditionOperator_BETWEEN,
                        ascii("1"), ascii("200"), message);
    case tally::CellRule::NoteLength:
        return validate(cells, sheet::ValidationType_TEXT_LEN, sheet::ConditionOperator_LESS_EQUAL,
                        ascii("500"), OUString(), message);
    case tally::CellRule::WholeNumber:
        return validate(cells, sheet::ValidationType_WHOLE, sheet::ConditionOperator_GREATER_EQUAL,
                        ascii("0"), OUString(), message);
    case tally::CellRule::Amount:
        return validate(cells, sheet::ValidationType_DECIMAL,
                        sheet::ConditionOperator_GREATER_EQUAL, ascii("0"), OUString(), message);
    }
}

void buildLedger(const uno::Reference<sheet::XSpreadsheetDocument>& book,
                 const uno::Reference<sheet::XSpreadsheet>& ledger, int year)
{
    auto columns =
        uno::Reference<table::XColumnRowRange>(ledger, uno::UNO_QUERY_THROW)->getColumns();
    for (const tally::LedgerColumnLayout& layout : tally::ledgerLayout())
    {
        const auto column = static_cast<sal_Int32>(layout.column);
        putText(ledger, column, 0, toOUString(tally::columnTitle(layout.column).zh));
        setProperty(columns->getByIndex(column).get<uno::Reference<uno::XInterface>>(), "Width",
                    uno::Any(sal_Int32(layout.width)));
        auto cells = ledger->getCellRangeByPosition(column, 1, column, tally::kLedgerRows);
        if (layout.rule == tally::CellRule::DateInYear)
            setProperty(cells, "NumberFormat", uno::Any(dateFormat(book)));
        validateColumn(cells, layout, year);
    }
}

void buildIndicators(const uno::Reference<sheet::XSpreadsheetDocument>& book,
                     const uno::Reference<sheet::XSpreadsheet>& sheet)
{
    putText(sheet, 0, 0, ouString(u"指标名称"));
    putText(sheet, 1, 0, ouString(u"数值"));
    putText(sheet, 2, 0, ouString(u"说明"));
    sal_Int32 row = 1;
    for (const tally::Indicator& indicator : tally::indicators())
    {
        putText(sheet, 0, row, ouString(indicator.name));
        cell(sheet, 1, row)->setFormula(ouString(tally::indicatorFormula(indicator)));
        putText(sheet, 2, row, ouString(indicator.description.zh));
        addName(book, ouString(indicator.name), absolute(ouString(tally::kIndicatorSheet), 1, row));
        ++row;
    }
    columnWidths(sheet, {5200, 2400, 6500});
}

void buildGroupTable(const uno::Reference<sheet::XSpreadsheetDocument>& book,
                     const uno::Reference<sheet::XSpreadsheet>& sheet)
{
    putText(sheet, 0, 0, ouString(u"单位/联络组"));
    const auto& categories = tally::categories();
    const auto& units = tally::sampleUnits();
    for (std::size_t c = 0; c < categories.size(); ++c)
        putText(sheet, static_cast<sal_Int32>(c) + 1, 0, ouString(categories[c]));
    for (std::size_t r = 0; r < units.size(); ++r)
    {
        const sal_Int32 row = static_cast<sal_Int32>(r) + 1;
        putText(sheet, 0, row, ouString(units[r]));
        for (std::size_t c = 0; c < categories.size(); ++c)
            cell(sheet, static_cast<sal_Int32>(c) + 1, row)
                ->setFormula(ouString(tally::groupCellFormula(row + 1, static_cast<int>(c) + 1)));
    }
    const sal_Int32 lastColumn = static_cast<sal_Int32>(categories.size());
    const sal_Int32 lastRow = static_cast<sal_Int32>(units.size());
    addName(book, ouString(tally::kGroupTableName),
            absolute(ouString(tally::kGroupSheet), 0, 0) + ascii(":$") + columnLetters(lastColumn) +
                ascii("$") + OUString::number(lastRow + 1));
}

// The 1-cell ranges behind every named range, with what they hold.
std::vector<tally::IndicatorCell>
readIndicatorCells(const uno::Reference<sheet::XSpreadsheetDocument>& book)
{
    auto names = namedRanges(book);
    std::vector<tally::IndicatorCell> cells;
    for (const tally::Indicator& indicator : tally::indicators())
    {
        tally::IndicatorCell c;
        c.name = indicator.name;
        c.defined = names->hasByName(ouString(indicator.name));
        if (!c.defined)
        {
            cells.push_back(c);
            continue;
        }
        uno::Reference<sheet::XNamedRange> named(names->getByName(ouString(indicator.name)),
                                                 uno::UNO_QUERY_THROW);
        c.address = toView(named->getContent());
        uno::Reference<table::XCellRange> range =
            uno::Reference<sheet::XCellRangeReferrer>(named, uno::UNO_QUERY_THROW)
                ->getReferredCells();
        if (!range.is())
        {
            c.state = tally::CellState::Error;
            c.errorText = u"#REF!";
            cells.push_back(c);
            continue;
        }
        const auto where = uno::Reference<sheet::XCellRangeAddressable>(range, uno::UNO_QUERY_THROW)
                               ->getRangeAddress();
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
                uno::Reference<beans::XPropertySet>(x, uno::UNO_QUERY_THROW)
                    ->getPropertyValue(ascii("FormulaResultType2")) >>= result;
                c.state = result == sheet::FormulaResult::VALUE ? tally::CellState::Number
                                                                : tally::CellState::Text;
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
        uno::Reference<sheet::XCellRangeAddressable>(cursor, uno::UNO_QUERY_THROW)
            ->getRangeAddress()
            .EndRow;
    std::vector<tally::LedgerRow> rows;
    if (lastRow < 1)
        return rows;
    auto data = uno::Reference<sheet::XCellRangeData>(
                    ledger->getCellRangeByPosition(0, 1, tally::kColumns - 1, lastRow),
                    uno::UNO_QUERY_THROW)
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

// Error values in every named range of several cells (分组统计 and the user's own tables).
std::vector<tally::TableErrorCell>
tableErrorCells(const uno::Reference<sheet::XSpreadsheetDocument>& book)
{
    std::vector<tally::TableErrorCell> cells;
    auto names = namedRanges(book);
    for (const OUString& name : names->getElementNames())
    {
        auto range =
            uno::Reference<sheet::XCellRangeReferrer>(names->getByName(name), uno::UNO_QUERY_THROW)
                ->getReferredCells();
        if (!range.is())
            continue; // a broken name: tally.indicator reports the indicators among them
        if (const auto whole =
                uno::Reference<sheet::XCellRangeAddressable>(range, uno::UNO_QUERY_THROW)
                    ->getRangeAddress();
            whole.StartColumn == whole.EndColumn && whole.StartRow == whole.EndRow)
            continue;
        range = usedPart(range, true); // a name over a whole sheet: the cells with data
        const auto where = uno::Reference<sheet::XCellRangeAddressable>(range, uno::UNO_QUERY_THROW)
                               ->getRangeAddress();
        const auto errors = errorCells(
            range,
            uno::Reference<sheet::XCellRangeData>(range, uno::UNO_QUERY_THROW)->getDataArray());
        if (errors.empty())
            continue;
        const OUString sheet =
            uno::Reference<container::XNamed>(
                uno::Reference<container::XIndexAccess>(book->getSheets(), uno::UNO_QUERY_THROW)
                    ->getByIndex(where.Sheet),
                uno::UNO_QUERY_THROW)
                ->getName();
        for (const ErrorCell& e : errors)
            cells.push_back({std::u16string(toView(name)), std::u16string(toView(sheet)),
                             static_cast<std::size_t>(where.StartRow + e.row),
                             static_cast<std::size_t>(where.StartColumn + e.column),
                             std::u16string(toView(e.text))});
    }
    return cells;
}

} // namespace

std::vector<OUString> listValues(const uno::Reference<sheet::XSpreadsheetDocument>& book,
                                 sal_Int32 column)
{
    auto lists = sheetNamed(book, ouString(tally::kListSheet));
    const auto data =
        uno::Reference<sheet::XCellRangeData>(
            lists->getCellRangeByPosition(column, tally::kFirstListRow, column,
                                          tally::kFirstListRow + tally::kMaxListRows - 1),
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

uno::Reference<sheet::XSpreadsheet>
sheetNamed(const uno::Reference<sheet::XSpreadsheetDocument>& book, const OUString& name)
{
    auto sheets = book->getSheets();
    if (!sheets->hasByName(name))
        return uno::Reference<sheet::XSpreadsheet>();
    return uno::Reference<sheet::XSpreadsheet>(sheets->getByName(name), uno::UNO_QUERY);
}

void buildTallyBook(const uno::Reference<sheet::XSpreadsheetDocument>& book, int year)
{
    auto ledger = prepareSheets(book);
    buildLists(sheetNamed(book, ouString(tally::kListSheet)), year);
    buildLedger(book, ledger, year);
    buildIndicators(book, sheetNamed(book, ouString(tally::kIndicatorSheet)));
    buildGroupTable(book, sheetNamed(book, ouString(tally::kGroupSheet)));
}

int reportingYear(const uno::Reference<sheet::XSpreadsheetDocument>& book, core::Language language)
{
    if (!book.is())
        refuse(ascii("book is null"));
    auto lists = sheetNamed(book, ouString(tally::kListSheet));
    if (!lists.is() || !sheetNamed(book, ouString(tally::kLedgerSheet)).is())
        refuse(uiText(language, UiText::TallyNotABook));
    const double year = cell(lists, 1, 0)->getValue();
    if (year < 1900 || year > 9999)
        refuse(uiText(language, UiText::TallyNotABook));
    return static_cast<int>(year);
}

sal_Int32 appendRecord(const uno::Reference<sheet::XSpreadsheetDocument>& book,
                       const tally::Record& record)
{
    auto ledger = sheetNamed(book, ouString(tally::kLedgerSheet));
    sal_Int32 row = 1;
    {
        auto cursor = ledger->createCursor();
        uno::Reference<sheet::XUsedAreaCursor>(cursor, uno::UNO_QUERY_THROW)
            ->gotoEndOfUsedArea(false);
        row = std::max<sal_Int32>(
            1, uno::Reference<sheet::XCellRangeAddressable>(cursor, uno::UNO_QUERY_THROW)
                       ->getRangeAddress()
                       .EndRow +
                   1);
    }
    writePoint();
    cell(ledger, 0, row)->setValue(record.date);
    const std::pair<sal_Int32, const std::u16string*> texts[] = {
        {1, &record.category}, {2, &record.unit}, {3, &record.item}, {6, &record.note}};
    for (const auto& [column, text] : texts)
        if (!text->empty())
        {
            writePoint();
            putText(ledger, column, row, toOUString(*text)); // setString: never parsed as a formula
        }
    writePoint();
    cell(ledger, 4, row)->setValue(static_cast<double>(record.quantity));
    writePoint();
    cell(ledger, 5, row)->setValue(record.amount);
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
    OUString sheetName = dot < 0 ? ouString(tally::kIndicatorSheet) : rangeAddress.copy(0, dot);
    sheetName = sheetName.replaceAll(ascii("$"), OUString()).replaceAll(ascii("'"), OUString());
    const OUString cells = rangeAddress.copy(dot + 1).replaceAll(ascii("$"), OUString());
    auto sheet = sheetNamed(book, sheetName);
    if (!sheet.is() || cells.isEmpty())
        refuse(uiText(language, UiText::TallyBadAddress, {rangeAddress}));
    table::CellRangeAddress where;
    try
    {
        where = uno::Reference<sheet::XCellRangeAddressable>(sheet->getCellRangeByName(cells),
                                                             uno::UNO_QUERY_THROW)
                    ->getRangeAddress();
    }
    catch (const uno::RuntimeException&)
    {
        refuse(uiText(language, UiText::TallyBadAddress, {rangeAddress}));
    }
    OUString content = absolute(sheetName, where.StartColumn, where.StartRow);
    if (where.EndColumn != where.StartColumn || where.EndRow != where.StartRow)
        content += ascii(":$") + columnLetters(where.EndColumn) + ascii("$") +
                   OUString::number(where.EndRow + 1);
    DocumentEdit edit(book, uiText(language, UiText::UndoDefine), language);
    writePoint();
    names->addNewByName(name, content,
                        table::CellAddress(where.Sheet, where.StartColumn, where.StartRow), 0);
}

std::vector<BookFinding> checkTallyBook(const uno::Reference<sheet::XSpreadsheetDocument>& book,
                                        core::Language language)
{
    const int year = reportingYear(book, language);
    std::vector<BookFinding> out;
    for (core::Finding& f : tally::checkIndicators(readIndicatorCells(book)))
        out.push_back({std::move(f), ouString(tally::kIndicatorSheet)});
    std::vector<std::u16string> allowed;
    for (const OUString& category : listValues(book, tally::kCategoryListColumn))
        allowed.emplace_back(toView(category));
    for (core::Finding& f : tally::checkLedger(
             readLedger(sheetNamed(book, ouString(tally::kLedgerSheet))), year, allowed))
        out.push_back({std::move(f), ouString(tally::kLedgerSheet)});
    const std::vector<tally::TableErrorCell> errors = tableErrorCells(book);
    std::vector<core::Finding> errorFindings =
        tally::checkTableErrors(errors); // one per cell, in order
    for (std::size_t i = 0; i < errors.size(); ++i)
        out.push_back({std::move(errorFindings[i]), toOUString(errors[i].sheet)});
    return out;
}

namespace
{

constexpr char kChartPrefix[] = "GongwenChart";

// Title, value-axis title with the unit, values on the bars, readable category labels.
void styleChart(const uno::Reference<table::XTableChart>& chart, const tally::ChartPlan& plan,
                bool horizontal, bool legend, core::Language language)
{
    uno::Reference<chart::XChartDocument> document(
        uno::Reference<document::XEmbeddedObjectSupplier>(chart, uno::UNO_QUERY_THROW)
            ->getEmbeddedObject(),
        uno::UNO_QUERY_THROW);
    uno::Reference<beans::XPropertySet> props(document, uno::UNO_QUERY_THROW);
    props->setPropertyValue(ascii("HasMainTitle"), uno::Any(true));
    setProperty(document->getTitle(), "String",
                uno::Any(inLanguage(language, plan.titleZh, plan.titleEn)));
    props->setPropertyValue(ascii("HasLegend"), uno::Any(legend));
    auto diagram = document->getDiagram();
    uno::Reference<beans::XPropertySet> diagramProps(diagram, uno::UNO_QUERY_THROW);
    if (horizontal) // bars across: long Chinese category names stay on one line
        diagramProps->setPropertyValue(ascii("Vertical"), uno::Any(true));
    diagramProps->setPropertyValue(ascii("HasYAxisTitle"), uno::Any(true));
    uno::Reference<chart::XAxisYSupplier> y(diagram, uno::UNO_QUERY_THROW);
    setProperty(y->getYAxisTitle(), "String",
                uno::Any(inLanguage(language, plan.axisZh, plan.axisEn)));
    uno::Reference<chart::XAxisXSupplier> x(diagram, uno::UNO_QUERY_THROW);
    setProperty(x->getXAxis(), "CharHeight", uno::Any(9.0f));
    setProperty(x->getXAxis(), "TextCanOverlap", uno::Any(false));
    if (!legend)
        setProperty(diagram->getDataRowProperties(0), "DataCaption",
                    uno::Any(chart::ChartDataCaption::VALUE));
    if (tally::countsWholeThings(plan.unit)) // counts: ticks at whole numbers, from zero
    {
        double largest = 0;
        const uno::Reference<chart::XChartDataArray> data(document->getData(), uno::UNO_QUERY);
        if (data.is())
            for (const auto& row : data->getData())
                for (double v : row)
                    largest = std::max(largest, v);
        const auto axis = y->getYAxis();
        setProperty(axis, "AutoMin", uno::Any(false));
        setProperty(axis, "Min", uno::Any(0.0));
        setProperty(axis, "AutoStepMain", uno::Any(false));
        setProperty(axis, "StepMain", uno::Any(tally::wholeNumberAxisStep(largest)));
        setProperty(axis, "AutoStepHelp", uno::Any(false));
        setProperty(axis, "StepHelpCount", uno::Any(sal_Int32(1)));
    }
}

// Single-cell names on the 指标 sheet in column B (label in column A), by row.
std::vector<std::pair<OUString, sal_Int32>>
indicatorRows(const uno::Reference<sheet::XSpreadsheetDocument>& book, sal_Int16 indicatorSheet)
{
    std::vector<std::pair<OUString, sal_Int32>> rows;
    auto names = namedRanges(book);
    for (const OUString& name : names->getElementNames())
    {
        auto range =
            uno::Reference<sheet::XCellRangeReferrer>(names->getByName(name), uno::UNO_QUERY_THROW)
                ->getReferredCells();
        if (!range.is())
            continue;
        const auto a = uno::Reference<sheet::XCellRangeAddressable>(range, uno::UNO_QUERY_THROW)
                           ->getRangeAddress();
        if (a.Sheet == indicatorSheet && a.StartColumn == 1 && a.EndColumn == 1 &&
            a.StartRow == a.EndRow)
            rows.emplace_back(name, a.StartRow);
    }
    std::sort(rows.begin(), rows.end(),
              [](const auto& l, const auto& r) { return l.second < r.second; });
    return rows;
}

sal_Int16 sheetIndex(const uno::Reference<sheet::XSpreadsheet>& sheet)
{
    return uno::Reference<sheet::XCellRangeAddressable>(sheet, uno::UNO_QUERY_THROW)
        ->getRangeAddress()
        .Sheet;
}

awt::Point cellPosition(const uno::Reference<sheet::XSpreadsheet>& sheet, sal_Int32 column,
                        sal_Int32 row)
{
    awt::Point p;
    uno::Reference<beans::XPropertySet>(cell(sheet, column, row), uno::UNO_QUERY_THROW)
        ->getPropertyValue(ascii("Position")) >>= p;
    return p;
}

} // namespace

sal_Int32 insertSummaryCharts(const uno::Reference<sheet::XSpreadsheetDocument>& book, bool groups,
                              core::Language language)
{
    auto sheet = sheetNamed(book, ouString(groups ? tally::kGroupSheet : tally::kIndicatorSheet));
    if (!sheet.is())
        refuse(uiText(language, UiText::TallyNotABook));
    auto charts =
        uno::Reference<table::XTableChartsSupplier>(sheet, uno::UNO_QUERY_THROW)->getCharts();
    struct Planned
    {
        tally::ChartPlan plan;
        uno::Sequence<table::CellRangeAddress> ranges;
        awt::Rectangle where;
    };
    std::vector<Planned> planned;
    const sal_Int16 index = sheetIndex(sheet);
    if (groups)
    {
        auto names = namedRanges(book);
        if (!names->hasByName(ouString(tally::kGroupTableName)))
            refuse(uiText(language, UiText::LinkMissingName, {ouString(tally::kGroupTableName)}));
        auto range = uno::Reference<sheet::XCellRangeReferrer>(
                         names->getByName(ouString(tally::kGroupTableName)), uno::UNO_QUERY_THROW)
                         ->getReferredCells();
        if (!range.is())
            refuse(uiText(language, UiText::LinkMissingName, {ouString(tally::kGroupTableName)}));
        const auto a = uno::Reference<sheet::XCellRangeAddressable>(range, uno::UNO_QUERY_THROW)
                           ->getRangeAddress();
        const awt::Point below = cellPosition(sheet, 0, a.EndRow + 2);
        planned.push_back({tally::groupTableChart(), uno::Sequence<table::CellRangeAddress>(&a, 1),
                           awt::Rectangle(below.X + 500, below.Y, 24000, 11000)});
    }
    else
    {
        const auto rows = indicatorRows(book, index);
        std::vector<std::u16string> names;
        for (const auto& row : rows)
            names.emplace_back(toView(row.first));
        const awt::Point right = cellPosition(sheet, 3, 0);
        sal_Int32 y = right.Y + 500;
        for (tally::ChartPlan& plan : tally::planIndicatorCharts(names))
        {
            uno::Sequence<table::CellRangeAddress> ranges(
                static_cast<sal_Int32>(plan.members.size()));
            for (std::size_t i = 0; i < plan.members.size(); ++i)
            {
                const sal_Int32 row = rows[plan.members[i]].second;
                ranges.getArray()[i] = table::CellRangeAddress(index, 0, row, 1, row);
            }
            const sal_Int32 height = 3000 + 800 * static_cast<sal_Int32>(plan.members.size());
            planned.push_back(
                {std::move(plan), ranges, awt::Rectangle(right.X + 500, y, 16000, height)});
            y += height + 500;
        }
    }
    DocumentEdit edit(book, uiText(language, UiText::UndoChart), language);
    for (const OUString& name : charts->getElementNames()) // a new summary replaces the last one
        if (name.startsWith(ascii(kChartPrefix)))
        {
            writePoint();
            charts->removeByName(name);
        }
    sal_Int32 number = 0;
    for (const Planned& p : planned)
    {
        const OUString name = ascii(kChartPrefix) + OUString::number(++number);
        writePoint();
        charts->addNewByName(name, p.where, p.ranges, groups, true);
        styleChart(
            uno::Reference<table::XTableChart>(charts->getByName(name), uno::UNO_QUERY_THROW),
            p.plan, !groups, groups, language);
    }
    return number;
}

} // namespace gongwen::ext
