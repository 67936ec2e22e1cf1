// SPDX-License-Identifier: MPL-2.0
// The user's settings in the office (configuration org.gongwen.Settings, Tools ▸ Options ▸
// 公文助手) and the check options made of them: the one accessor that the check dialog, the API,
// fixes (which check again before they apply), renumbering, section insertion, the proofreader,
// 一键排版 and new tally books all use, so that they never disagree.
#pragma once

#include "StringConv.hxx"

#include <core/checker/settings.hpp>

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <functional>

namespace gongwen::ext
{

/// The user's confused-word list: $(user)/gongwen/confusions.txt, one
/// "wrong<TAB>right[<TAB>note]" a line (extension/data/confusions.txt shows the form).
OUString userWordListUrl(const css::uno::Reference<css::uno::XComponentContext>& context);

/// The words the typo check never flags: $(user)/gongwen/words.txt, one a line (names of
/// people, places and offices); edited on the options page and by 加入词表.
OUString allowedWordsUrl(const css::uno::Reference<css::uno::XComponentContext>& context);
/// The list's text as the options page shows it ("" when there is none), and the text it
/// stores (line breaks as typed; nothing written when nothing changed). Throw what the file
/// access throws.
std::u16string allowedWordsText(const css::uno::Reference<css::uno::XComponentContext>& context);
void storeAllowedWords(const css::uno::Reference<css::uno::XComponentContext>& context,
                       std::u16string_view text);
/// Adds a word to that list (nothing when it is there already or not one line). Throws what the
/// file access throws.
void addAllowedWord(const css::uno::Reference<css::uno::XComponentContext>& context,
                    std::u16string_view word);

/// The settings now in force, with the user's word list in the check options. What cannot be
/// read keeps its default; a missing or unreadable word list means none, and its lines that are
/// not pairs are skipped. Never throws.
/// A group of our settings (org.gongwen.Settings/<group>), to read or, `forUpdate`, to change
/// (then commit it through XChangesBatch).
css::uno::Reference<css::beans::XPropertySet>
settingsGroup(const css::uno::Reference<css::uno::XComponentContext>& context, const char* group,
              bool forUpdate);

core::Settings settings(const css::uno::Reference<css::uno::XComponentContext>& context) noexcept;

/// settings(context).check.
core::CheckOptions
checkOptions(const css::uno::Reference<css::uno::XComponentContext>& context) noexcept;

/// Counts the changes stored (storeSettings): a component that keeps settings reads them again
/// when this moves.
std::size_t settingsGeneration() noexcept;
/// Moves settingsGeneration (settings stored, a list file of the user's changed) and calls the
/// listeners: the proofreader then marks every paragraph again with the new settings.
void noteSettingsChanged() noexcept;
/// A function called on every noteSettingsChanged (from whichever thread stored them); the id
/// removes it.
std::size_t addSettingsListener(std::function<void()> listener);
void removeSettingsListener(std::size_t id) noexcept;

/// The 口径库 is a file the office keeps, edited outside our settings: when its files changed since
/// it was last read, this moves settingsGeneration (the proofreader then reads the settings and
/// marks every paragraph again). Looks at the files at most every two seconds. Never throws.
void noteIfRegisterChanged(
    const css::uno::Reference<css::uno::XComponentContext>& context) noexcept;

/// Stores what the options page edits (not the word list, a file of its own). Throws what the
/// configuration throws.
void storeSettings(const css::uno::Reference<css::uno::XComponentContext>& context,
                   const core::Settings& settings);

} // namespace gongwen::ext
