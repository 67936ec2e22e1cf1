// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <core/common/finding.hpp>
#include <core/common/language.hpp>

#include <com/sun/star/uno/Sequence.hxx>
#include <org/gongwen/Finding.hpp>

#include <vector>

namespace gongwen::ext
{

/// Core findings as API structs, with the message in `language`.
css::uno::Sequence<org::gongwen::Finding> toApiFindings(const std::vector<core::Finding>& findings,
                                                        core::Language language);

/// An API finding (from another capability's service) as a core finding; its message, already
/// in the UI language, stands for both languages. Paragraph −1 (the page) becomes size_t(−1).
core::Finding fromApiFinding(const org::gongwen::Finding& finding);

} // namespace gongwen::ext
