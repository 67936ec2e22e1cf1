// SPDX-License-Identifier: MPL-2.0
// What the integration tests may change in the component's behaviour. The release library links
// TestHooksOff.cxx, where every hook answers "no": it reads no environment variable at all. The
// tests install a second package (build/testing/gongwen.oxt) whose library links
// TestHooksOn.cxx instead; everything else in the two libraries is the same object code.
#pragma once

namespace gongwen::ext::testhooks
{

/// Which write of each edit fails (0: none), and whether with a checked office exception
/// (WrappedTargetException) rather than a RuntimeException.
struct PlannedFault
{
    int failAt = 0;
    bool checked = false;
};

/// From the file named by GONGWEN_FAULT_FILE: "N" or "N checked".
PlannedFault plannedFault();

/// The file named by GONGWEN_PROOFREAD_TRACE, which gets a line per proofreading call; or null.
const char* proofreadTraceFile();

/// GONGWEN_HELP_DIR: a folder that stands in for the office's help folder; or null.
const char* helpFolderOverride();

/// Whether the hooks above are read at all (false in the release library).
bool enabled();

} // namespace gongwen::ext::testhooks
