// SPDX-License-Identifier: MPL-2.0
// The cells of a register workbook's four sheets, as the 口径库 reads them (dates as YYYY-MM-DD);
// shared by the extension and gongwen-check --register FILE.
#pragma once

#include "../common/StringConv.hxx"

#include <core/wording/register.hpp>

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <optional>

namespace gongwen::ext
{

/// The sheets 人员, 机构, 提法 and 禁用词 that `book` has; nullopt when it has none of them.
std::optional<core::wording::RegisterTables>
readRegisterTables(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& book);

/// The column names of the register's date columns: their cells' serials are read as dates.
inline constexpr std::u16string_view kRegisterDateColumns[] = {u"起始日期", u"终止日期"};

} // namespace gongwen::ext
