// SPDX-License-Identifier: MPL-2.0
#include <core/common/language.hpp>

namespace gongwen::core
{

Language languageForTag(std::string_view bcp47)
{
    const bool chinese = bcp47.size() >= 2 && (bcp47[0] == 'z' || bcp47[0] == 'Z') &&
                         (bcp47[1] == 'h' || bcp47[1] == 'H') &&
                         (bcp47.size() == 2 || bcp47[2] == '-' || bcp47[2] == '_');
    return chinese ? Language::ChineseSimplified : Language::English;
}

} // namespace gongwen::core
