// SPDX-License-Identifier: MPL-2.0
#include "StatisticsFill.hxx"
#include "../common/ApiGuard.hxx"

#include "../common/DocumentEdit.hxx"
#include "../common/Sheets.hxx"
#include "../common/UiStrings.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/document/XUndoAction.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/style/ParagraphAdjust.hpp>
#include <com/sun/star/table/CellContentType.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/table/XTableRows.hpp>
#include <com/sun/star/text/XDependentTextField.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextFieldsSupplier.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/text/XTextTablesSupplier.hpp>
#include <com/sun/star/util/XRefreshable.hpp>

#include <cppuhelper/implbase1.hxx>
#include <rtl/ref.hxx>

#include <map>

using namespace css;

namespace gongwen::ext
{
namespace
{

constexpr char kMasterPrefix[] = "com.sun.star.text.fieldmaster.User.";
OUString masterName(const OUString& indicator, core::FigureFormat format)
{
    return toOUString(core::figureFieldName(toView(indicator), format));
}

// The user field master of that name, and whether it was created now.
std::pair<uno::Reference<beans::XPropertySet>, bool>
masterFor(const uno::Reference<text::XTextDocument>& document, const OUString& name)
{
    auto masters = uno::Reference<text::XTextFieldsSupplier>(document, uno::UNO_QUERY_THROW)
                       ->getTextFieldMasters();
    if (masters->hasByName(ascii(kMasterPrefix) + name))
        return {uno::Reference<beans::XPropertySet>(masters->getByName(ascii(kMasterPrefix) + name),
                                                    uno::UNO_QUERY_THROW),
                false};
    uno::Reference<beans::XPropertySet> master(
        uno::Reference<lang::XMultiServiceFactory>(document, uno::UNO_QUERY_THROW)
            ->createInstance(ascii("com.sun.star.text.fieldmaster.User")),
        uno::UNO_QUERY_THROW);
    master->setPropertyValue(ascii("Name"), uno::Any(name));
    return {master, true};
}

uno::Reference<text::XTextTable> writerTable(const uno::Reference<text::XTextDocument>& document,
                                             const OUString& name, core::Language language)
{
    auto tables =
        uno::Reference<text::XTextTablesSupplier>(document, uno::UNO_QUERY_THROW)->getTextTables();
    if (!tables->hasByName(name))
        refuse(uiText(language, UiText::LinkNoWriterTable, {name}));
    return uno::Reference<text::XTextTable>(tables->getByName(name), uno::UNO_QUERY_THROW);
}

uno::Reference<table::XCellRange> tableRange(const LinkedWorkbook& book, const OUString& name,
                                             core::Language language, bool mustExist)
{
    auto cells = book.range(name);
    if (!cells.is())
    {
        if (mustExist)
            refuse(uiText(language, UiText::LinkMissingName, {name}));
        return cells;
    }
    const auto a = uno::Reference<sheet::XCellRangeAddressable>(cells, uno::UNO_QUERY_THROW)
                       ->getRangeAddress();
    if (a.StartColumn == a.EndColumn && a.StartRow == a.EndRow)
        refuse(uiText(language, UiText::LinkNotTable, {name}));
    return usedPart(cells, false); // a name over whole columns: its rows with data
}

// A message naming the first error value (#DIV/0! …) in the range, or "".
OUString errorInRange(const uno::Reference<table::XCellRange>& source,
                      const uno::Sequence<uno::Sequence<uno::Any>>& data,
                      const std::vector<std::size_t>& columns, const OUString& rangeName,
                      core::Language language)
{
    for (const ErrorCell& e : errorCells(source, data))
        if (columns.empty() || std::find(columns.begin(), columns.end(),
                                         static_cast<std::size_t>(e.column)) != columns.end())
            return uiText(language, UiText::LinkErrorValue, {rangeName, e.text});
    return OUString();
}

// Whether the cell's text is right-aligned already (a refresh leaves aligned columns alone).
bool rightAligned(const uno::Reference<table::XCellRange>& cells, sal_Int32 column, sal_Int32 row)
{
    uno::Reference<text::XText> cell(cells->getCellByPosition(column, row), uno::UNO_QUERY_THROW);
    sal_Int16 adjust = -1;
    uno::Reference<beans::XPropertySet>(cell->createTextCursor(), uno::UNO_QUERY_THROW)
        ->getPropertyValue(ascii("ParaAdjust")) >>= adjust;
    return adjust == static_cast<sal_Int16>(style::ParagraphAdjust_RIGHT);
}

struct TableFill
{
    bool filled = false;
    OUString message; // what was not filled, if anything
};

// Fills the body of `table` from `source` (its first row is the header). A source with error
// values leaves the table as it is.
TableFill fillTable(const uno::Reference<text::XTextTable>& table,
                    const uno::Reference<table::XCellRange>& source,
                    const std::vector<std::size_t>& columnsChosen, const OUString& writerName,
                    const OUString& rangeName, core::Language language)
{
    const auto data =
        uno::Reference<sheet::XCellRangeData>(source, uno::UNO_QUERY_THROW)->getDataArray();
    if (const OUString error = errorInRange(source, data, columnsChosen, rangeName, language);
        !error.isEmpty())
        return {false, error};
    std::vector<std::vector<core::SourceCell>> cells;
    for (const auto& dataRow : data)
    {
        std::vector<core::SourceCell>& row = cells.emplace_back();
        for (const uno::Any& value : dataRow)
        {
            core::SourceCell& cell = row.emplace_back();
            OUString text;
            if (value >>= cell.number)
                cell.isNumber = true;
            else if (value >>= text)
                cell.text = toView(text);
        }
    }
    cells = core::pickColumns(cells, columnsChosen);
    const sal_Int32 sourceRows = data.getLength();
    const sal_Int32 sourceColumns =
        sourceRows > 0 ? static_cast<sal_Int32>(cells.front().size()) : 0;
    uno::Reference<beans::XPropertySet> props(table, uno::UNO_QUERY_THROW);
    sal_Int32 headerRows = 1;
    if (props->getPropertySetInfo()->hasPropertyByName(ascii("HeaderRowCount")))
        props->getPropertyValue(ascii("HeaderRowCount")) >>= headerRows;
    headerRows = std::max<sal_Int32>(headerRows, 1);
    writePoint();
    auto rows = table->getRows();
    const sal_Int32 wantedBody = std::max<sal_Int32>(sourceRows - 1, 0);
    const sal_Int32 body = rows->getCount() - headerRows;
    if (body < wantedBody)
        rows->insertByIndex(rows->getCount(), wantedBody - body);
    else if (body > wantedBody && wantedBody > 0)
        rows->removeByIndex(headerRows + wantedBody, body - wantedBody);
    const sal_Int32 columns = table->getColumns()->getCount();
    const core::TableFillPlan plan = core::planTableFill(cells, static_cast<std::size_t>(columns));
    const auto common = static_cast<sal_Int32>(plan.numericColumns.size());
    if (wantedBody > 0 && common > 0)
    {
        // The whole body in one call; numbers as Calc shows them, numeric columns right-aligned.
        uno::Sequence<uno::Sequence<uno::Any>> texts(wantedBody);
        for (sal_Int32 r = 0; r < wantedBody; ++r)
        {
            uno::Sequence<uno::Any> row(common);
            for (sal_Int32 c = 0; c < common; ++c)
                row[c] <<=
                    toOUString(plan.body[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)]);
            texts[r] = row;
        }
        uno::Reference<table::XCellRange> tableCells(table, uno::UNO_QUERY_THROW);
        auto target = tableCells->getCellRangeByPosition(0, headerRows, common - 1,
                                                         headerRows + wantedBody - 1);
        writePoint();
        uno::Reference<sheet::XCellRangeData>(target, uno::UNO_QUERY_THROW)->setDataArray(texts);
        for (sal_Int32 c = 0; c < common; ++c)
            if (plan.numericColumns[static_cast<std::size_t>(c)] &&
                !(rightAligned(tableCells, c, headerRows) &&
                  rightAligned(tableCells, c, headerRows + wantedBody - 1)))
                uno::Reference<beans::XPropertySet>(
                    tableCells->getCellRangeByPosition(c, headerRows, c,
                                                       headerRows + wantedBody - 1),
                    uno::UNO_QUERY_THROW)
                    ->setPropertyValue(ascii("ParaAdjust"), uno::Any(static_cast<sal_Int16>(
                                                                style::ParagraphAdjust_RIGHT)));
    }
    if (columns != sourceColumns)
        return {true, uiText(language, UiText::LinkColumnsDiffer,
                             {writerName, OUString::number(columns), rangeName,
                              OUString::number(sourceColumns)})};
    return {true, OUString()};
}

// Writer does not record changes of a field master's content for undo: this action does, so
// that a refresh (figures and tables) is undone in one step.
class FigureContentUndo : public cppu::WeakImplHelper1<document::XUndoAction>
{
public:
    struct Change
    {
        uno::Reference<beans::XPropertySet> master;
        OUString before, after;
    };
    FigureContentUndo(const uno::Reference<text::XTextDocument>& document, const OUString& title,
                      std::vector<Change> changes)
        : m_document(document), m_title(title), m_changes(std::move(changes))
    {
    }
    OUString SAL_CALL getTitle() override { return m_title; }
    void SAL_CALL undo() override { apply(false); }
    void SAL_CALL redo() override { apply(true); }

    void apply(bool after)
    {
        for (const Change& c : m_changes)
        {
            if (after)
                writePoint();
            c.master->setPropertyValue(ascii("Content"), uno::Any(after ? c.after : c.before));
        }
        refreshFields(m_document);
    }

    static void refreshFields(const uno::Reference<text::XTextDocument>& document)
    {
        uno::Reference<util::XRefreshable>(
            uno::Reference<text::XTextFieldsSupplier>(document, uno::UNO_QUERY_THROW)
                ->getTextFields(),
            uno::UNO_QUERY_THROW)
            ->refresh();
    }

private:
    uno::Reference<text::XTextDocument> m_document;
    OUString m_title;
    std::vector<Change> m_changes;
};

// Sets the masters' contents and records that for undo (inside the caller's DocumentEdit).
void changeFigureContents(const uno::Reference<text::XTextDocument>& document,
                          const OUString& title, std::vector<FigureContentUndo::Change> changes)
{
    if (changes.empty())
        return;
    rtl::Reference<FigureContentUndo> action(
        new FigureContentUndo(document, title, std::move(changes)));
    // Recorded first: if applying fails part way, rolling the edit back restores every master.
    uno::Reference<document::XUndoManagerSupplier>(document, uno::UNO_QUERY_THROW)
        ->getUndoManager()
        ->addUndoAction(uno::Reference<document::XUndoAction>(action.get()));
    action->apply(true);
}

// Our figure masters by name, with how many fields show each: one pass over the document's
// fields (asking the masters collection by name is slow with many masters).
std::map<OUString, std::pair<uno::Reference<beans::XPropertySet>, sal_Int32>>
figureMasters(const uno::Reference<text::XTextDocument>& document)
{
    std::map<OUString, std::pair<uno::Reference<beans::XPropertySet>, sal_Int32>> masters;
    auto fields = uno::Reference<text::XTextFieldsSupplier>(document, uno::UNO_QUERY_THROW)
                      ->getTextFields()
                      ->createEnumeration();
    while (fields->hasMoreElements())
    {
        uno::Reference<text::XDependentTextField> field(fields->nextElement(), uno::UNO_QUERY);
        if (!field.is())
            continue;
        uno::Reference<beans::XPropertySet> master = field->getTextFieldMaster();
        OUString name;
        if (!master.is() || !(master->getPropertyValue(ascii("Name")) >>= name) ||
            !core::looksLikeFigureField(toView(name)))
            continue;
        auto& entry = masters[name];
        entry.first = master;
        ++entry.second;
    }
    return masters;
}

} // namespace

CellFigure readFigure(const uno::Reference<table::XCellRange>& range, const OUString& name,
                      core::FigureFormat format, core::Language language)
{
    CellFigure out;
    auto cell = range->getCellByPosition(0, 0);
    if (const sal_Int32 error = cell->getError())
    {
        out.problem = uiText(language, UiText::LinkErrorValue, {name, errorValueText(error)});
        return out;
    }
    const OUString shown = uno::Reference<text::XText>(cell, uno::UNO_QUERY_THROW)->getString();
    const auto type = cell->getType();
    bool numeric = type == table::CellContentType_VALUE;
    if (type == table::CellContentType_FORMULA)
    {
        sal_Int32 result = 0;
        uno::Reference<beans::XPropertySet>(cell, uno::UNO_QUERY_THROW)
            ->getPropertyValue(ascii("FormulaResultType2")) >>= result;
        numeric = result == 1; // com.sun.star.sheet.FormulaResult.VALUE
    }
    if (!numeric)
    {
        out.problem = uiText(language, UiText::LinkNotNumber, {name, shown});
        return out;
    }
    out.ok = true;
    out.text = toOUString(core::formatFigure(cell->getValue(), format, toView(shown)));
    return out;
}

void insertFigureField(const uno::Reference<uno::XComponentContext>& context,
                       const uno::Reference<text::XTextDocument>& document,
                       const uno::Reference<text::XTextRange>& at, const OUString& indicator,
                       core::FigureFormat format, core::Language language)
{
    requireEditable(document, language);
    requireInDocument(document, at, language);
    requireUnprotected(at, language);
    LinkedWorkbook book(context, requireLinkedWorkbook(document, language), language);
    auto cells = book.range(indicator);
    if (!cells.is())
        refuse(uiText(language, UiText::LinkMissingName, {indicator}));
    const CellFigure figure = readFigure(cells, indicator, format, language);
    if (!figure.ok)
        refuse(figure.problem);
    const OUString title = uiText(language, UiText::UndoInsertFigure);
    DocumentEdit edit(document, title, language);
    writePoint();
    const auto [master, created] = masterFor(document, masterName(indicator, format));
    if (created) // undo does not remove a field master
        edit.onRollBack(
            [master = master]
            { uno::Reference<lang::XComponent>(master, uno::UNO_QUERY_THROW)->dispose(); });
    OUString before;
    master->getPropertyValue(ascii("Content")) >>= before;
    changeFigureContents(document, title, {{master, before, figure.text}});
    uno::Reference<text::XDependentTextField> field(
        uno::Reference<lang::XMultiServiceFactory>(document, uno::UNO_QUERY_THROW)
            ->createInstance(ascii("com.sun.star.text.TextField.User")),
        uno::UNO_QUERY_THROW);
    field->attachTextFieldMaster(master);
    writePoint();
    at->getText()->insertTextContent(at, uno::Reference<text::XTextContent>(field.get()), true);
}

namespace
{

// A table is protected when a cell of it is, or the section around it.
bool tableProtected(const uno::Reference<text::XTextTable>& table)
{
    for (const OUString& name : table->getCellNames())
    {
        uno::Reference<beans::XPropertySet> cell(table->getCellByName(name), uno::UNO_QUERY_THROW);
        bool cellProtected = false;
        if ((cell->getPropertyValue(ascii("IsProtected")) >>= cellProtected) && cellProtected)
            return true;
    }
    uno::Reference<table::XCellRange> cells(table, uno::UNO_QUERY_THROW);
    try
    {
        requireUnprotected(
            uno::Reference<text::XText>(cells->getCellByPosition(0, 0), uno::UNO_QUERY_THROW)
                ->getStart(),
            core::Language::English);
    }
    catch (const lang::IllegalArgumentException&)
    {
        return true;
    }
    return false;
}

void requireUnprotectedTable(const uno::Reference<text::XTextTable>& table, core::Language language)
{
    if (tableProtected(table))
        refuse(uiText(language, UiText::EditProtected));
}

std::vector<std::u16string> writerHeader(const uno::Reference<text::XTextTable>& table)
{
    std::vector<std::u16string> header;
    uno::Reference<table::XCellRange> cells(table, uno::UNO_QUERY_THROW);
    const sal_Int32 columns = table->getColumns()->getCount();
    for (sal_Int32 c = 0; c < columns; ++c)
        header.emplace_back(
            toView(uno::Reference<text::XText>(cells->getCellByPosition(c, 0), uno::UNO_QUERY_THROW)
                       ->getString()));
    return header;
}

std::vector<std::u16string> sourceHeader(const uno::Reference<table::XCellRange>& source)
{
    const auto address = uno::Reference<sheet::XCellRangeAddressable>(source, uno::UNO_QUERY_THROW)
                             ->getRangeAddress();
    std::vector<std::u16string> header;
    for (sal_Int32 c = 0; c <= address.EndColumn - address.StartColumn; ++c)
        header.emplace_back(toView(
            uno::Reference<text::XText>(source->getCellByPosition(c, 0), uno::UNO_QUERY_THROW)
                ->getString()));
    return header;
}

// The table gets the range's column count; header cells that are empty or differ get the
// range's header texts.
void adaptHeader(const uno::Reference<text::XTextTable>& table,
                 const std::vector<std::u16string>& header)
{
    auto columns = table->getColumns();
    const auto wanted = static_cast<sal_Int32>(header.size());
    writePoint();
    if (columns->getCount() < wanted)
        columns->insertByIndex(columns->getCount(), wanted - columns->getCount());
    else if (columns->getCount() > wanted)
        columns->removeByIndex(wanted, columns->getCount() - wanted);
    uno::Reference<table::XCellRange> cells(table, uno::UNO_QUERY_THROW);
    for (sal_Int32 c = 0; c < wanted; ++c)
    {
        uno::Reference<text::XText> cell(cells->getCellByPosition(c, 0), uno::UNO_QUERY_THROW);
        const std::u16string& want = header[static_cast<std::size_t>(c)];
        if (!core::sameHeaderText(toView(cell->getString()), want))
        {
            writePoint();
            cell->setString(toOUString(want));
        }
    }
}

// The range's header as the bound table shows it: the chosen columns only.
std::vector<std::u16string> chosenHeader(const uno::Reference<table::XCellRange>& source,
                                         const std::vector<std::size_t>& columns)
{
    return core::pickColumns(std::vector<std::vector<std::u16string>>{sourceHeader(source)},
                             columns)
        .front();
}

OUString mismatchMessage(const uno::Reference<text::XTextTable>& table,
                         const uno::Reference<table::XCellRange>& source,
                         const std::vector<std::size_t>& columns, const OUString& writerTableName,
                         const OUString& rangeName, core::Language language)
{
    const auto mine = writerHeader(table);
    const auto theirs = chosenHeader(source, columns);
    const core::TableShape shape = core::compareTableShape(mine, theirs);
    OUString message;
    if (shape.writerColumns != shape.sourceColumns)
        message =
            uiText(language, UiText::LinkTableColumns,
                   {writerTableName, OUString::number(static_cast<sal_Int64>(shape.writerColumns)),
                    rangeName, OUString::number(static_cast<sal_Int64>(shape.sourceColumns))});
    for (std::size_t c : shape.differingHeaders)
        message += (message.isEmpty() ? OUString() : ascii("\n")) +
                   uiText(language, UiText::LinkTableHeader,
                          {writerTableName, OUString::number(static_cast<sal_Int64>(c + 1)),
                           toOUString(mine[c]), toOUString(theirs[c])});
    return message;
}

} // namespace

bool bindWriterTable(const uno::Reference<uno::XComponentContext>& context,
                     const uno::Reference<text::XTextDocument>& document,
                     const OUString& writerTableName, const OUString& rangeName,
                     const std::vector<std::size_t>& columns, const AdaptConsent& mayAdapt,
                     core::Language language)
{
    requireEditable(document, language);
    auto table = writerTable(document, writerTableName, language);
    requireUnprotectedTable(table, language);
    LinkedWorkbook book(context, requireLinkedWorkbook(document, language), language);
    auto source = tableRange(book, rangeName, language, true);
    const std::size_t width = sourceHeader(source).size();
    for (std::size_t c : columns)
        if (c >= width)
            refuse(uiText(language, UiText::LinkNoSuchColumn,
                          {rangeName, OUString::number(static_cast<sal_Int64>(c + 1)),
                           OUString::number(static_cast<sal_Int64>(width))}));
    const OUString mismatch =
        mismatchMessage(table, source, columns, writerTableName, rangeName, language);
    if (!mismatch.isEmpty())
    {
        if (!mayAdapt)
            refuse(mismatch);
        if (!mayAdapt(mismatch))
            return false; // asked with the workbook open once: it is not opened again to bind
    }
    DocumentEdit edit(document, uiText(language, UiText::UndoBindTable), language);
    adaptHeader(table, chosenHeader(source, columns)); // empty header cells are filled in any case
    const TableFill fill = fillTable(table, source, columns, writerTableName, rangeName, language);
    if (!fill.filled)
        refuse(fill.message); // error values in the source: nothing bound, everything rolled back
    writePoint();
    storeTableBinding(document, core::TableBinding{std::u16string(toView(writerTableName)),
                                                   std::u16string(toView(rangeName)), columns});
    return true;
}

org::gongwen::FillReport refreshStatistics(const uno::Reference<uno::XComponentContext>& context,
                                           const uno::Reference<text::XTextDocument>& document,
                                           core::Language language)
{
    requireEditable(document, language);
    LinkedWorkbook book(context, requireLinkedWorkbook(document, language), language);
    org::gongwen::FillReport report;
    std::vector<OUString> missing, messages;
    if (book.wasAlreadyOpen())
        messages.push_back(uiText(language, UiText::LinkReusedOpen));
    {
        const OUString title = uiText(language, UiText::UndoRefresh);
        DocumentEdit edit(document, title, language);
        std::vector<FigureContentUndo::Change> changes;
        for (const auto& [name, user] : figureMasters(document))
        {
            const auto field = core::parseFigureFieldName(toView(name));
            if (!field)
                continue;
            const OUString indicator = toOUString(field->indicator);
            const core::FigureFormat format = field->format;
            const auto& [master, fieldCount] = user;
            auto cells = book.range(indicator);
            if (!cells.is())
            {
                if (std::find(missing.begin(), missing.end(), indicator) == missing.end())
                    missing.push_back(indicator);
                continue;
            }
            const CellFigure figure = readFigure(cells, indicator, format, language);
            if (!figure.ok)
            {
                messages.push_back(figure.problem);
                continue;
            }
            OUString old;
            master->getPropertyValue(ascii("Content")) >>= old;
            report.FiguresUpdated += fieldCount;
            if (old != figure.text)
            {
                changes.push_back({master, old, figure.text});
                report.FiguresChanged += fieldCount;
                messages.push_back(
                    uiText(language, UiText::LinkChanged, {indicator, old, figure.text}));
            }
        }
        for (const core::TableBinding& binding : tableBindings(document))
        {
            const OUString writerName = toOUString(binding.writerTable);
            const OUString rangeName = toOUString(binding.rangeName);
            auto tables = uno::Reference<text::XTextTablesSupplier>(document, uno::UNO_QUERY_THROW)
                              ->getTextTables();
            if (!tables->hasByName(writerName))
            {
                messages.push_back(uiText(language, UiText::LinkNoWriterTable, {writerName}));
                continue;
            }
            auto source = book.range(rangeName);
            if (!source.is())
            {
                missing.push_back(rangeName);
                continue;
            }
            source = usedPart(source, false);
            if (tableProtected(writerTable(document, writerName, language)))
            {
                messages.push_back(uiText(language, UiText::LinkTableProtected, {writerName}));
                continue;
            }
            writePoint();
            const TableFill fill = fillTable(writerTable(document, writerName, language), source,
                                             binding.columns, writerName, rangeName, language);
            report.TablesUpdated += fill.filled ? 1 : 0;
            if (!fill.message.isEmpty())
                messages.push_back(fill.message);
        }
        changeFigureContents(document, title, std::move(changes));
    }
    report.Missing =
        uno::Sequence<OUString>(missing.data(), static_cast<sal_Int32>(missing.size()));
    report.Messages =
        uno::Sequence<OUString>(messages.data(), static_cast<sal_Int32>(messages.size()));
    return report;
}

} // namespace gongwen::ext
