// The options of every structure check in the office: the check dialog, the API, fixes (which
// check again before they apply) and, later, the proofreader and the settings page. One place,
// so that check, fix and renumber never disagree.
#pragma once

#include "StringConv.hxx"

#include <core/checker/outline.hpp>

#include <com/sun/star/uno/XComponentContext.hpp>

namespace gongwen::ext
{

/// The user's confused-word list: $(user)/gongwen/confusions.txt, one
/// "wrong<TAB>right[<TAB>note]" a line (extension/data/confusions.txt shows the form).
OUString userWordListUrl(const css::uno::Reference<css::uno::XComponentContext>& context);

/// The options now in force. A missing or unreadable word list means none; lines that are not
/// pairs are skipped. Never throws.
core::CheckOptions checkOptions(const css::uno::Reference<css::uno::XComponentContext>& context) noexcept;

} // namespace gongwen::ext
