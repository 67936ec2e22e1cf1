// SPDX-License-Identifier: MPL-2.0
// Small files read through the office's file access (URLs, any UCB location it can read).
#pragma once

#include "StringConv.hxx"

#include <com/sun/star/ucb/XSimpleFileAccess3.hpp>

#include <string>

namespace gongwen::ext
{

/// The bytes of the file at `url`, at most a little over `maxBytes` (a file larger than that is
/// not one of ours: the caller sees it truncated and refuses it).
std::string readAll(const css::uno::Reference<css::ucb::XSimpleFileAccess3>& files,
                    const OUString& url, sal_Int32 maxBytes);

/// Replaces the file at `url` with `bytes`, making its folder when there is none. Throws what
/// the file access throws.
void writeAll(const css::uno::Reference<css::ucb::XSimpleFileAccess3>& files, const OUString& url,
              const std::string& bytes);

/// The file URL as a path the user reads (/home/…), or the URL itself when it is not a file URL.
OUString systemPath(const OUString& url);

} // namespace gongwen::ext
