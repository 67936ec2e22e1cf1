// SPDX-License-Identifier: MPL-2.0
// The user's settings of 公文助手, in one place: what the structure check reports and how, live
// checking, the default layout profile and reporting year. The office keeps them in its
// configuration (org.gongwen.Settings, edited on Tools ▸ Options ▸ 公文助手); gongwen-check reads
// the same from a file (--config), whose form parseSettings reads.
#pragma once

#include <core/checker/outline.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace gongwen::core
{

struct Settings
{
    CheckOptions check;        // rules switched off, extra placeholders, 1. or １．, word list
    bool liveChecking = true;  // the proofreader marks while the user types
    std::string layoutProfile; // for documents not laid out yet ("": the default, gbt9704)
    int defaultYear = 0;       // of new tally books (0: the current year)
    std::u16string
        registerLocation; // the 口径库's workbook or folder ("": the office's default folder)
};

/// A settings file: one "key = value" a line, # for comments. Keys: disabled-rules (rule ids,
/// separated by commas), extra-placeholders (texts separated by commas), allowed-words (words
/// the typo check never flags, separated by commas), full-width-arabic-dot, live-checking
/// (true/false), layout-profile, default-year.
struct SettingsError
{
    std::size_t line = 0; // 1-based
    std::u16string messageZh, messageEn;
};
struct ParsedSettings
{
    Settings settings;
    std::vector<SettingsError> errors;
};
ParsedSettings parseSettings(std::u16string_view text);

/// Splits a list typed by a user: commas (, ，), 、 and line breaks separate; blanks are trimmed
/// and empty items dropped.
std::vector<std::u16string> splitList(std::u16string_view text);

} // namespace gongwen::core
