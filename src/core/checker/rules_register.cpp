// SPDX-License-Identifier: MPL-2.0
// register.*: the checker's side of the 口径库 (core/wording/register.hpp).
#include <core/checker/rules.hpp>

namespace gongwen::core
{

void checkWordingRegister(std::size_t paragraph, std::u16string_view text,
                          const CheckOptions& options, Findings& out)
{
    if (options.wordingRegister)
        options.wordingRegister->check(paragraph, text,
                                       options.registerDay.value_or(wording::today()), out);
}

} // namespace gongwen::core
