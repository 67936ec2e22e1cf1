// SPDX-License-Identifier: MPL-2.0
// The office's side of the 口径库 (core/wording/register.hpp): where it is (Tools ▸ Options ▸
// 公文助手), reading it from a folder of CSV sheets or from a workbook (common/Workbooks: hidden,
// read-only, macros never executed; never written), and a new register workbook (新建口径库).
#pragma once

#include "../common/StringConv.hxx"

#include <core/common/language.hpp>
#include <core/wording/register.hpp>

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <vector>

namespace gongwen::ext
{

/// The register's file URL: the Register/Location setting (a file URL or a system path; a
/// workbook or a folder), or $(user)/gongwen/register/ when the setting is empty.
OUString registerLocation(const css::uno::Reference<css::uno::XComponentContext>& context,
                          std::u16string_view setting);

/// Whether the register at `location` is a folder of CSV sheets (else a workbook).
bool isRegisterFolder(const css::uno::Reference<css::uno::XComponentContext>& context,
                      const OUString& location);

/// Changes whenever the register at `location` changes (its files' modification times); empty
/// when there is nothing there.
OUString registerStamp(const css::uno::Reference<css::uno::XComponentContext>& context,
                       const OUString& location);

/// A register as read: its sheets' cells and the problems met before the rows were read (a
/// sheet that is not UTF-8 text).
struct RegisterSource
{
    core::wording::RegisterTables tables;
    std::vector<core::wording::RegisterProblem> problems;
};

/// Reads the register at `location`: a folder's CSV sheets, or a workbook's sheets. Throws
/// IllegalArgumentException with a message for the user when nothing is there or the workbook
/// cannot be read (not local, password, damaged, not a spreadsheet, none of the four sheets).
RegisterSource readRegisterSource(const css::uno::Reference<css::uno::XComponentContext>& context,
                                  const OUString& location, core::Language language);

/// The sheets of an open register workbook; nullopt when it has none of the four.
std::optional<RegisterSource>
readRegisterBook(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& book);

/// 检查口径库: the problems of the register read from `source` (rows not read, then the audit).
std::vector<core::wording::RegisterProblem>
registerProblems(const RegisterSource& source,
                 std::shared_ptr<const core::wording::Register>* read = nullptr);

/// One problem as the user reads it: "“人员”表第 3 行：…".
OUString registerProblemText(const core::wording::RegisterProblem& problem,
                             core::Language language);

/// 加入口径库: appends `cells` (in the sheet's column order) to the register at `location`. A
/// folder's CSV sheet is written at once (made with its header when missing); a workbook is opened
/// for the user to check and save (never stored here), the new row selected. Returns the message
/// for the user. Throws IllegalArgumentException (a message) when the register cannot be reached.
OUString addRegisterRow(const css::uno::Reference<css::uno::XComponentContext>& context,
                        const OUString& location, std::u16string_view sheet,
                        const std::vector<std::u16string>& cells, core::Language language);

/// 新建口径库: a new Calc document with the four sheets, their column names, validation and
/// date format.
css::uno::Reference<css::sheet::XSpreadsheetDocument>
newRegisterBook(const css::uno::Reference<css::uno::XComponentContext>& context,
                core::Language language);

} // namespace gongwen::ext
