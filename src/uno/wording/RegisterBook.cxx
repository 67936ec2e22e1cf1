// SPDX-License-Identifier: MPL-2.0
#include "RegisterBook.hxx"
#include "RegisterSheets.hxx"

#include "../common/ApiGuard.hxx"
#include "../common/Files.hxx"
#include "../common/Sheets.hxx"
#include "../common/UiStrings.hxx"
#include "../common/Workbooks.hxx"

#include <core/tally/tally.hpp>
#include <core/text/text.hpp>

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/MacroExecMode.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableColumns.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/ucb/SimpleFileAccess.hpp>
#include <com/sun/star/util/Date.hpp>
#include <com/sun/star/util/DateTime.hpp>
#include <com/sun/star/util/PathSubstitution.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>

#include <osl/file.hxx>

#include <algorithm>
#include <cmath>

using namespace css;
namespace wording = gongwen::core::wording;

namespace gongwen::ext
{
namespace
{

constexpr sal_Int32 kMaxSheetBytes = 8 << 20;

bool isFolderUrl(const uno::Reference<ucb::XSimpleFileAccess3>& files, const OUString& url)
{
    return url.endsWith("/") || (files->exists(url) && files->isFolder(url));
}

OUString folderOf(const OUString& url)
{
    return url.endsWith("/") ? url : url + "/";
}

OUString modifiedText(const uno::Reference<ucb::XSimpleFileAccess3>& files, const OUString& url)
{
    const util::DateTime m = files->getDateTimeModified(url);
    return OUString::number(m.Year) + "-" + OUString::number(m.Month) + "-" +
           OUString::number(m.Day) + " " + OUString::number(m.Hours) + ":" +
           OUString::number(m.Minutes) + ":" + OUString::number(m.Seconds) + "." +
           OUString::number(static_cast<sal_Int64>(m.NanoSeconds));
}

[[noreturn]] void refuseWorkbook(WorkbookProblem problem, const OUString& url,
                                 core::Language language)
{
    switch (problem)
    {
    case WorkbookProblem::NotLocal:
        refuse(uiText(language, UiText::RegisterNotLocal, {url}));
    case WorkbookProblem::Missing:
    case WorkbookProblem::Folder:
        refuse(uiText(language, UiText::RegisterMissing, {url}));
    case WorkbookProblem::Password:
        refuse(uiText(language, UiText::RegisterPassword, {url}));
    case WorkbookProblem::Damaged:
        refuse(uiText(language, UiText::RegisterDamaged, {url}));
    case WorkbookProblem::NotSpreadsheet:
        refuse(uiText(language, UiText::RegisterNotSpreadsheet, {url}));
    case WorkbookProblem::None:
    case WorkbookProblem::Unreadable:
        break;
    }
    refuse(uiText(language, UiText::RegisterUnreadable, {url}));
}

RegisterSource readFolder(const uno::Reference<uno::XComponentContext>& context,
                          const OUString& folder, core::Language language)
{
    auto files = ucb::SimpleFileAccess::create(context);
    RegisterSource source;
    wording::RegisterSheets sheets;
    bool any = false;
    for (const wording::SheetFile& sheet : wording::kSheetFiles)
    {
        const OUString url = folder + toOUString(sheet.fileName);
        if (!files->exists(url))
            continue;
        any = true;
        if (const auto text = core::fromUtf8Strict(readAll(files, url, kMaxSheetBytes)))
            sheets.*sheet.sheet = *text;
        else
        {
            std::u16string name(
                sheet.fileName.substr(0, sheet.fileName.size() - 4)); // without .csv
            source.problems.push_back(wording::RegisterProblem{
                name, 0,
                std::u16string(
                    toView(uiText(core::Language::ChineseSimplified, UiText::RegisterNotUtf8))),
                std::u16string(toView(uiText(core::Language::English, UiText::RegisterNotUtf8)))});
        }
    }
    if (!any)
        refuse(uiText(language, UiText::RegisterMissing, {folder}));
    source.tables = wording::tablesFromCsv(sheets);
    return source;
}

void putText(const uno::Reference<sheet::XSpreadsheet>& sheet, sal_Int32 column, sal_Int32 row,
             std::u16string_view text)
{
    uno::Reference<text::XTextRange>(sheet->getCellByPosition(column, row), uno::UNO_QUERY_THROW)
        ->setString(toOUString(text));
}

template <std::size_t N>
void buildSheet(const uno::Reference<sheet::XSpreadsheetDocument>& book,
                const uno::Reference<sheet::XSpreadsheet>& sheet,
                const std::u16string_view (&columns)[N], core::Language language)
{
    auto columnSet =
        uno::Reference<table::XColumnRowRange>(sheet, uno::UNO_QUERY_THROW)->getColumns();
    constexpr sal_Int32 kRows = 10000;
    for (std::size_t i = 0; i < N; ++i)
    {
        const sal_Int32 c = static_cast<sal_Int32>(i);
        putText(sheet, c, 0, columns[i]);
        const bool date =
            std::find(std::begin(kRegisterDateColumns), std::end(kRegisterDateColumns),
                      columns[i]) != std::end(kRegisterDateColumns);
        const bool order = columns[i] == u"排序";
        uno::Reference<beans::XPropertySet>(columnSet->getByIndex(c), uno::UNO_QUERY_THROW)
            ->setPropertyValue("Width", uno::Any(sal_Int32(date || order ? 2800 : 5200)));
        auto cells = sheet->getCellRangeByPosition(c, 1, c, kRows);
        if (date)
        {
            uno::Reference<beans::XPropertySet>(cells, uno::UNO_QUERY_THROW)
                ->setPropertyValue("NumberFormat", uno::Any(dateFormat(book)));
            validate(cells, sheet::ValidationType_DATE, sheet::ConditionOperator_BETWEEN,
                     OUString::number(*core::tally::serialDate(1950, 1, 1)),
                     OUString::number(*core::tally::serialDate(2200, 12, 31)),
                     language == core::Language::ChineseSimplified
                         ? toOUString(u"请输入日期，如 2026-03-01；不限就留空。")
                         : ascii("Enter a date such as 2026-03-01; leave it empty for none."));
        }
        else if (order)
            validate(cells, sheet::ValidationType_WHOLE, sheet::ConditionOperator_BETWEEN, "1",
                     "999999",
                     language == core::Language::ChineseSimplified
                         ? toOUString(u"排序是 1 起的整数，小的排在前面。")
                         : ascii("The order is a whole number from 1; smaller comes first."));
        else
            validate(cells, sheet::ValidationType_TEXT_LEN, sheet::ConditionOperator_LESS_EQUAL,
                     "200", OUString(),
                     language == core::Language::ChineseSimplified
                         ? toOUString(u"不超过 200 字。")
                         : ascii("At most 200 characters."));
    }
    uno::Reference<beans::XPropertySet>(
        sheet->getCellRangeByPosition(0, 0, static_cast<sal_Int32>(N) - 1, 0), uno::UNO_QUERY_THROW)
        ->setPropertyValue("CharWeight", uno::Any(float(150))); // bold: the column names
}

} // namespace

OUString registerLocation(const uno::Reference<uno::XComponentContext>& context,
                          std::u16string_view setting)
{
    const OUString given = toOUString(core::trimSpaces(setting));
    if (given.isEmpty())
        return util::PathSubstitution::create(context)->substituteVariables(
            "$(user)/gongwen/register/", true);
    if (given.startsWith("/"))
    {
        OUString url;
        if (osl::FileBase::getFileURLFromSystemPath(given, url) == osl::FileBase::E_None)
            return url;
    }
    return given;
}

bool isRegisterFolder(const uno::Reference<uno::XComponentContext>& context,
                      const OUString& location)
{
    return isLocalFileUrl(location) &&
           isFolderUrl(ucb::SimpleFileAccess::create(context), location);
}

OUString registerStamp(const uno::Reference<uno::XComponentContext>& context,
                       const OUString& location)
{
    if (!isLocalFileUrl(location))
        return location; // read (and refused) once
    auto files = ucb::SimpleFileAccess::create(context);
    if (!isFolderUrl(files, location))
        return files->exists(location) ? location + " " + modifiedText(files, location)
                                       : OUString();
    OUString stamp;
    for (const wording::SheetFile& sheet : wording::kSheetFiles)
    {
        const OUString url = folderOf(location) + toOUString(sheet.fileName);
        if (files->exists(url))
            stamp += url + " " + modifiedText(files, url) + ";";
    }
    return stamp;
}

RegisterSource readRegisterSource(const uno::Reference<uno::XComponentContext>& context,
                                  const OUString& location, core::Language language)
{
    if (!isLocalFileUrl(location))
        refuse(uiText(language, UiText::RegisterNotLocal, {location}));
    if (isFolderUrl(ucb::SimpleFileAccess::create(context), location))
        return readFolder(context, folderOf(location), language);
    const ReadOnlyWorkbook opened(context, location);
    if (opened.problem() != WorkbookProblem::None)
        refuseWorkbook(opened.problem(), location, language);
    auto source = readRegisterBook(opened.book());
    if (!source)
        refuse(uiText(language, UiText::RegisterNoSheets, {location}));
    return *source;
}

std::optional<RegisterSource>
readRegisterBook(const uno::Reference<sheet::XSpreadsheetDocument>& book)
{
    auto tables = readRegisterTables(book);
    if (!tables)
        return std::nullopt;
    return RegisterSource{std::move(*tables), {}};
}

std::vector<wording::RegisterProblem>
registerProblems(const RegisterSource& source, std::shared_ptr<const wording::Register>* read)
{
    std::vector<wording::RegisterProblem> problems = source.problems;
    const auto reg = wording::Register::read(source.tables, problems);
    for (wording::RegisterProblem& p :
         wording::auditRegister(*reg, wording::registerNameIsCommonWord))
        problems.push_back(std::move(p));
    if (read)
        *read = reg;
    return problems;
}

OUString registerProblemText(const wording::RegisterProblem& problem, core::Language language)
{
    const bool zh = language == core::Language::ChineseSimplified;
    return uiText(language, UiText::RegisterRow,
                  {toOUString(problem.sheet), OUString::number(static_cast<sal_Int64>(problem.row)),
                   toOUString(zh ? problem.messageZh : problem.messageEn)});
}

namespace
{

OUString addToFolder(const uno::Reference<uno::XComponentContext>& context, const OUString& folder,
                     std::u16string_view sheet, const std::vector<std::u16string>& cells,
                     core::Language language)
{
    auto files = ucb::SimpleFileAccess::create(context);
    const OUString url = folder + toOUString(sheet) + ".csv";
    std::string bytes;
    if (files->exists(url))
        bytes = readAll(files, url, kMaxSheetBytes);
    else
    {
        std::vector<std::u16string> header;
        for (std::u16string_view c : wording::columnsOf(sheet))
            header.emplace_back(c);
        bytes = core::toUtf8(wording::csvLine(header)) + "\n";
    }
    if (!bytes.empty() && bytes.back() != '\n')
        bytes += '\n';
    bytes += core::toUtf8(wording::csvLine(cells)) + "\n";
    writeAll(files, url, bytes);
    const auto lines = static_cast<sal_Int64>(std::count(bytes.begin(), bytes.end(), '\n'));
    return uiText(language, UiText::RegisterAddedToFolder,
                  {systemPath(url), OUString::number(lines)});
}

OUString addToBook(const uno::Reference<uno::XComponentContext>& context, const OUString& url,
                   std::u16string_view sheetName, const std::vector<std::u16string>& cells,
                   core::Language language)
{
    auto files = ucb::SimpleFileAccess::create(context);
    if (!files->exists(url))
        refuse(uiText(language, UiText::RegisterMissing, {url}));
    // Opened for the user, who checks the row and saves: macros still never run.
    uno::Sequence<beans::PropertyValue> args(1);
    args[0].Name = "MacroExecutionMode";
    args[0].Value <<= document::MacroExecMode::NEVER_EXECUTE;
    uno::Reference<sheet::XSpreadsheetDocument> book(
        frame::Desktop::create(context)->loadComponentFromURL(url, "_default", 0, args),
        uno::UNO_QUERY);
    if (!book.is())
        refuse(uiText(language, UiText::RegisterNotSpreadsheet, {url}));
    auto sheets = book->getSheets();
    const OUString name = toOUString(sheetName);
    if (!sheets->hasByName(name))
    {
        sheets->insertNewByName(name,
                                static_cast<sal_Int16>(sheets->getElementNames().getLength()));
        const auto columns = wording::columnsOf(sheetName);
        auto created =
            uno::Reference<sheet::XSpreadsheet>(sheets->getByName(name), uno::UNO_QUERY_THROW);
        for (std::size_t c = 0; c < columns.size(); ++c)
            putText(created, static_cast<sal_Int32>(c), 0, columns[c]);
    }
    auto sheet = uno::Reference<sheet::XSpreadsheet>(sheets->getByName(name), uno::UNO_QUERY_THROW);
    uno::Reference<sheet::XSheetCellCursor> cursor = sheet->createCursor();
    uno::Reference<sheet::XUsedAreaCursor>(cursor, uno::UNO_QUERY_THROW)->gotoEndOfUsedArea(false);
    const sal_Int32 row = uno::Reference<sheet::XCellRangeAddressable>(cursor, uno::UNO_QUERY_THROW)
                              ->getRangeAddress()
                              .EndRow +
                          1;
    for (std::size_t c = 0; c < cells.size(); ++c)
        putText(sheet, static_cast<sal_Int32>(c), row,
                cells[c]); // text stays text: never a formula
    uno::Reference<frame::XModel> model(book, uno::UNO_QUERY_THROW);
    if (uno::Reference<sheet::XSpreadsheetView> view{model->getCurrentController(), uno::UNO_QUERY};
        view.is())
    {
        view->setActiveSheet(sheet);
        uno::Reference<view::XSelectionSupplier>(view, uno::UNO_QUERY_THROW)
            ->select(uno::Any(sheet->getCellRangeByPosition(
                0, row, static_cast<sal_Int32>(cells.size()) - 1, row)));
    }
    return uiText(language, UiText::RegisterAddedToBook, {name, OUString::number(row + 1)});
}

} // namespace

OUString addRegisterRow(const uno::Reference<uno::XComponentContext>& context,
                        const OUString& location, std::u16string_view sheet,
                        const std::vector<std::u16string>& cells, core::Language language)
{
    if (!isLocalFileUrl(location))
        refuse(uiText(language, UiText::RegisterNotLocal, {location}));
    if (isFolderUrl(ucb::SimpleFileAccess::create(context), location))
        return addToFolder(context, folderOf(location), sheet, cells, language);
    return addToBook(context, location, sheet, cells, language);
}

uno::Reference<sheet::XSpreadsheetDocument>
newRegisterBook(const uno::Reference<uno::XComponentContext>& context, core::Language language)
{
    auto loader = frame::Desktop::create(context);
    uno::Reference<sheet::XSpreadsheetDocument> book(
        loader->loadComponentFromURL("private:factory/scalc", "_blank", 0, {}),
        uno::UNO_QUERY_THROW);
    auto sheets = book->getSheets();
    uno::Reference<container::XIndexAccess> indexed(sheets, uno::UNO_QUERY_THROW);
    uno::Reference<container::XNamed>(indexed->getByIndex(0), uno::UNO_QUERY_THROW)
        ->setName(toOUString(wording::kPeopleSheet));
    sal_Int16 position = 1;
    for (std::u16string_view name :
         {wording::kOrgansSheet, wording::kPhrasesSheet, wording::kBannedSheet})
        if (!sheets->hasByName(toOUString(name)))
            sheets->insertNewByName(toOUString(name), position++);
    while (indexed->getCount() > 4) // a new document may come with more sheets
        sheets->removeByName(
            uno::Reference<container::XNamed>(indexed->getByIndex(4), uno::UNO_QUERY_THROW)
                ->getName());
    auto sheetOf = [&](std::u16string_view name)
    {
        return uno::Reference<sheet::XSpreadsheet>(sheets->getByName(toOUString(name)),
                                                   uno::UNO_QUERY_THROW);
    };
    buildSheet(book, sheetOf(wording::kPeopleSheet), wording::kPeopleColumns, language);
    buildSheet(book, sheetOf(wording::kOrgansSheet), wording::kOrganColumns, language);
    buildSheet(book, sheetOf(wording::kPhrasesSheet), wording::kPhraseColumns, language);
    buildSheet(book, sheetOf(wording::kBannedSheet), wording::kBannedColumns, language);
    return book;
}

} // namespace gongwen::ext
