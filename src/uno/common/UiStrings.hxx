// SPDX-License-Identifier: MPL-2.0
// User-visible strings of the UNO side, in zh-CN and en-US, and the office UI language.
#pragma once

#include <core/common/language.hpp>

#include "StringConv.hxx"
#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <initializer_list>

namespace gongwen::ext
{

enum class UiText
{
    AboutVersion,
    ErrorTitle,
    ErrorUnexpected,
    ErrorUnknownCommand,
    ErrorNotWriter,
    CheckProgress,
    CheckSummaryNone,
    CheckSummary,
    CheckParagraph,
    CheckTableCell,
    CheckExcerpt,
    CheckSuggestion,
    CheckNoSuggestion,
    CheckRenumberNothing,
    CheckRenumberDone,
    UndoFix,
    UndoRenumber,
    SectionsLevelName,
    SectionsNotUtf8,
    SectionsLine,
    SectionsDuplicateId,
    SectionsProblems,
    SectionsUserFolder,
    SectionsSubstituted,
    SectionsFontMissing,
    SectionsOutsideBody,
    SectionsUnknownId,
    SectionsBadCount,
    UndoInsertSection,
    TallyNotABook,
    TallyNameExists,
    TallyBadAddress,
    TallyColumnProblem,
    TallyAdded,
    TallyRange,
    TallyDefined,
    TallyNoSelection,
    TallyCheckSummary,
    TallyCheckNone,
    TallyChartDone,
    TallyNotCalc,
    UndoAddRecord,
    UndoDefine,
    UndoChart,
    LinkOnlyLocal,
    LinkMissingFile,
    LinkUnreadable,
    LinkNone,
    LinkMissingName,
    LinkErrorValue,
    LinkNoSuchColumn,
    TableColumns,
    LinkNotNumber,
    LinkNotTable,
    LinkNoWriterTable,
    LinkChanged,
    LinkReusedOpen,
    LinkColumnsDiffer,
    UndoInsertFigure,
    UndoBindTable,
    UndoRefresh,
    FigureWorkbook,
    TableTitle,
    TableList,
    TableBind,
    TableNotInTable,
    LinkPickerTitle,
    LinkDone,
    RefreshTitle,
    RefreshSummary,
    RefreshMissing,
    EditReadOnly,
    EditProtected,
    EditStale,
    OfficeRefused,
    LinkFolder,
    LinkNotSpreadsheet,
    LinkPassword,
    LinkDamaged,
    EditOutsideDocument,
    LinkTableColumns,
    LinkTableHeader,
    LinkTableAdapt,
    LinkTableProtected,
    UndoLayout,
    LayoutUnknownProfile,
    LayoutDone,
    LayoutSubstituted,
    LayoutPageQuestion,
    LayoutCheckTitle,
    LayoutCheckFix,
    LayoutCheckPage,
    LayoutCheckSummary,
    LayoutCheckNone,
    ProofreaderName,
    ContextCheckStructure,
    ContextInsertFigure,
    PanelManual,
    PanelHint,
    WordListUnwritable,
    PanelPage,
    HelpNotInstalled,
    FigureOrderByName,
    FigureOrderInWorkbook,
    FigureSearchNone,
    RegisterNotLocal,
    RegisterMissing,
    RegisterPassword,
    RegisterDamaged,
    RegisterUnreadable,
    RegisterNotSpreadsheet,
    RegisterNoSheets,
    RegisterNotUtf8,
    RegisterRow,
    RegisterClean,
    RegisterProblems,
    RegisterTitle,
    RegisterSelectFirst,
    RegisterAddedToFolder,
    RegisterAddedToBook,
    Count // keep last
};

/// The language of the office UI: the user's choice in Tools ▸ Options, else the installed one.
core::Language
officeLanguage(const css::uno::Reference<css::uno::XComponentContext>& context) noexcept;

/// A string property of a configuration node ("/org.openoffice.Setup/L10N", "ooLocale"); throws
/// what the configuration throws.
OUString readConfigString(const css::uno::Reference<css::uno::XComponentContext>& context,
                          const char* node, const char* property);

/// One of two texts written in place (zh-CN, en-US), for the office's UI language.
inline OUString inLanguage(core::Language language, std::u16string_view zh, std::u16string_view en)
{
    return toOUString(core::pick(language, zh, en));
}

OUString uiText(core::Language language, UiText id);

/// uiText with "%1", "%2", … replaced by `args` in order.
OUString uiText(core::Language language, UiText id, std::initializer_list<OUString> args);

} // namespace gongwen::ext
