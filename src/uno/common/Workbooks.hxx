// SPDX-License-Identifier: MPL-2.0
// A workbook read by 公文助手 — the one a report links to, the office's 口径库: opened hidden,
// read-only, macros never executed, no question ever asked (a password or a repair is refused),
// or the copy already open in this office used as it is; closed again if opened here. Never stored.
#pragma once

#include "StringConv.hxx"

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

namespace gongwen::ext
{

/// Why a workbook could not be opened; each reader says it in its own words.
enum class WorkbookProblem
{
    None,
    NotLocal,       // only local file URLs are opened
    Missing,        // no such file
    Folder,         // a folder, not a file
    Password,       // an opening password
    Damaged,        // the loader asked to repair it
    Unreadable,     // the office could not load it
    NotSpreadsheet, // loaded, but not a spreadsheet
};

class ReadOnlyWorkbook
{
public:
    /// Opens the workbook at `url`; problem() says why when book() is empty. Throws only what
    /// the office's services throw when they are missing.
    ReadOnlyWorkbook(const css::uno::Reference<css::uno::XComponentContext>& context,
                     const OUString& url);
    ~ReadOnlyWorkbook();
    ReadOnlyWorkbook(const ReadOnlyWorkbook&) = delete;
    ReadOnlyWorkbook& operator=(const ReadOnlyWorkbook&) = delete;

    WorkbookProblem problem() const { return m_problem; }
    const css::uno::Reference<css::sheet::XSpreadsheetDocument>& book() const { return m_book; }
    bool wasAlreadyOpen() const { return m_reused; }

private:
    css::uno::Reference<css::sheet::XSpreadsheetDocument> m_book;
    WorkbookProblem m_problem = WorkbookProblem::None;
    bool m_reused = false;
};

bool isLocalFileUrl(const OUString& url);

} // namespace gongwen::ext
