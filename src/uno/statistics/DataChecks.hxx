// SPDX-License-Identifier: MPL-2.0
// The data rules that need the office (core/data/consistency.hpp): totals and shares in Writer
// tables (data.table), and plain figures that contradict the linked workbook (data.workbook).
#pragma once

#include "../common/DocumentText.hxx"

#include <core/checker/outline.hpp>
#include <core/common/finding.hpp>
#include <core/data/consistency.hpp>

#include <com/sun/star/uno/XComponentContext.hpp>

#include <vector>

namespace gongwen::ext
{

/// How data.workbook gets the workbook's indicators.
enum class WorkbookRead
{
    Open,      // read the workbook now (a check the user asked for)
    KnownFirst // the values read last time when there are any (a check after each edit)
};

/// Appends the findings of data.table and data.workbook over `body` (read from `document`) to
/// `findings`, for the rules `options` leave on. A workbook that cannot be opened adds nothing:
/// the statistics commands say why when the user uses them. The workbook is opened hidden,
/// read-only, with macros off, and never modified.
void addOfficeDataFindings(const css::uno::Reference<css::uno::XComponentContext>& context,
                           const css::uno::Reference<css::text::XTextDocument>& document,
                           const std::vector<BodyElement>& body, const core::CheckOptions& options,
                           core::Language language, std::vector<core::Finding>& findings,
                           WorkbookRead read = WorkbookRead::Open);

/// data.workbook for one paragraph of a linked report, with the indicators already known: the
/// live proofreader's share of the rule. `text` is the paragraph as the office hands it.
std::vector<core::Finding>
knownWorkbookFindings(const css::uno::Reference<css::text::XTextDocument>& document,
                      std::u16string_view text, const core::CheckOptions& options);

} // namespace gongwen::ext
