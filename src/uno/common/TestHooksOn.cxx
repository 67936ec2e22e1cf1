// SPDX-License-Identifier: MPL-2.0
// The test library's hooks: read from environment variables the integration tests set before
// they start the office (which inherits them).
#include "TestHooks.hxx"

#include <cstdlib>
#include <fstream>
#include <string>

namespace gongwen::ext::testhooks
{

namespace
{
const char* variable(const char* name)
{
    const char* value = std::getenv(name);
    return value != nullptr && *value != '\0' ? value : nullptr;
}
} // namespace

PlannedFault plannedFault()
{
    const char* file = variable("GONGWEN_FAULT_FILE");
    if (file == nullptr)
        return {};
    std::ifstream in(file);
    PlannedFault plan;
    std::string kind;
    if (!(in >> plan.failAt) || plan.failAt <= 0)
        return {};
    plan.checked = (in >> kind) && kind == "checked";
    return plan;
}

const char* proofreadTraceFile()
{
    static const char* const path = variable("GONGWEN_PROOFREAD_TRACE");
    return path;
}

const char* helpFolderOverride()
{
    return variable("GONGWEN_HELP_DIR");
}

bool enabled()
{
    return true;
}

} // namespace gongwen::ext::testhooks
