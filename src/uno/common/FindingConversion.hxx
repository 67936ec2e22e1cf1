#pragma once

#include <core/common/finding.hpp>
#include <core/common/language.hpp>

#include <org/gongwen/Finding.hpp>
#include <com/sun/star/uno/Sequence.hxx>

#include <vector>

namespace gongwen::ext
{

/// Core findings as API structs, with the message in `language`.
css::uno::Sequence<org::gongwen::Finding> toApiFindings(const std::vector<core::Finding>& findings,
                                                        core::Language language);

} // namespace gongwen::ext
