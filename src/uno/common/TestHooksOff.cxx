// SPDX-License-Identifier: MPL-2.0
// The release library's hooks: none.
#include "TestHooks.hxx"

namespace gongwen::ext::testhooks
{

PlannedFault plannedFault()
{
    return {};
}

const char* proofreadTraceFile()
{
    return nullptr;
}

const char* helpFolderOverride()
{
    return nullptr;
}

bool enabled()
{
    return false;
}

} // namespace gongwen::ext::testhooks
