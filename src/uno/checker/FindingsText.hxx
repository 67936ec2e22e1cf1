// SPDX-License-Identifier: MPL-2.0
// How a finding reads in our lists (the check dialog, the sidebar deck): its line, the text
// around it, the detail with the suggestion; and selecting it in the document.
#pragma once

#include "../common/DocumentText.hxx"

#include <core/common/finding.hpp>
#include <core/common/language.hpp>

#include <com/sun/star/text/XTextDocument.hpp>

#include <functional>
#include <vector>

namespace gongwen::ext
{

/// "第 3 段 · 标题序号 · message".
OUString findingLine(const core::Finding& f, core::Language language);

/// The message, the text around the finding with the finding in 【】, and the suggestion.
OUString findingDetail(const core::Finding& f, const std::vector<BodyElement>& body,
                       core::Language language);

/// "发现 5 处问题：错误 2，警告 1，提示 2" or "未发现问题。".
OUString findingsSummary(const std::vector<core::Finding>& findings, core::Language language);

/// The findings as our lists show them (the check dialog, the sidebar): a header per group —
/// "▼ 结构（2）", by rule family, structure first, typos apart from other words — then its findings.
/// `finding[row]` is the finding of a row, -1 for a header.
struct GroupedRows
{
    std::vector<OUString> rows;
    std::vector<sal_Int32> finding;
    /// The row of finding `index`, or -1.
    sal_Int16 rowOf(std::size_t index) const;
};
GroupedRows groupedRows(const std::vector<core::Finding>& findings, core::Language language,
                        const std::function<bool(const core::Finding&)>& hidden = {});

/// Selects the finding's text in the document's view (nothing for a table).
void selectFinding(const css::uno::Reference<css::text::XTextDocument>& document,
                   const std::vector<BodyElement>& body, const core::Finding& f);

} // namespace gongwen::ext
