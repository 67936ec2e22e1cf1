// SPDX-License-Identifier: MPL-2.0
#include "CheckSettings.hxx"

#include "Files.hxx"

#include <core/checker/words.hpp>
#include <core/text/text.hpp>

#include <core/typo/detector.hpp>
#include <core/typo/model.hpp>

#include "../wording/RegisterBook.hxx"
#include "Names.hxx"

#include <com/sun/star/lang/IllegalArgumentException.hpp>

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/deployment/PackageInformationProvider.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/ucb/SimpleFileAccess.hpp>
#include <com/sun/star/util/DateTime.hpp>
#include <com/sun/star/util/PathSubstitution.hpp>
#include <com/sun/star/util/XChangesBatch.hpp>

#include <osl/file.hxx>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>

using namespace css;

namespace gongwen::ext
{
namespace
{

constexpr sal_Int32 kMaxWordListBytes = 4 << 20;

// A user's list file as last read, kept while the file's modification time stays the same:
// checks run often (the proofreader checks every paragraph), the lists change rarely.
template <typename List> struct ListCache
{
    std::mutex mutex;
    OUString url;
    util::DateTime modified;
    std::size_t generation = 0; // settingsGeneration when read: our own writes read it again
    std::shared_ptr<const List> list;
};

bool sameTime(const util::DateTime& a, const util::DateTime& b)
{
    return a.Year == b.Year && a.Month == b.Month && a.Day == b.Day && a.Hours == b.Hours &&
           a.Minutes == b.Minutes && a.Seconds == b.Seconds && a.NanoSeconds == b.NanoSeconds;
}

// The list at `url` read with `parse` (UTF-8 text; not UTF-8: an empty list); nullptr when
// there is no file.
template <typename List, typename Parse>
std::shared_ptr<const List> cachedList(const uno::Reference<uno::XComponentContext>& context,
                                       ListCache<List>& c, const OUString& url, Parse parse)
{
    auto files = ucb::SimpleFileAccess::create(context);
    if (!files->exists(url))
        return nullptr;
    const util::DateTime modified = files->getDateTimeModified(url);
    const std::size_t generation = settingsGeneration();
    std::lock_guard<std::mutex> lock(c.mutex);
    // The modification time may count whole seconds: a file we wrote ourselves moved the
    // generation, and is read again even within the same second.
    if (c.list && c.url == url && sameTime(c.modified, modified) && c.generation == generation)
        return c.list;
    const auto text = core::fromUtf8Strict(readAll(files, url, kMaxWordListBytes));
    c.url = url;
    c.modified = modified;
    c.generation = generation;
    c.list = std::make_shared<const List>(text ? parse(*text) : List{});
    return c.list;
}

std::shared_ptr<const core::WordPairs>
userWordPairs(const uno::Reference<uno::XComponentContext>& context)
{
    static ListCache<core::WordPairs> cache;
    return cachedList(context, cache, userWordListUrl(context),
                      [](std::u16string_view text) { return core::parseWordPairs(text); });
}

std::shared_ptr<const core::typo::AllowedWords>
userAllowedWords(const uno::Reference<uno::XComponentContext>& context)
{
    static ListCache<core::typo::AllowedWords> cache;
    return cachedList(context, cache, allowedWordsUrl(context),
                      [](std::u16string_view text) { return core::typo::parseAllowedWords(text); });
}

// The 口径库 named on the options page (a workbook or a folder of CSV sheets; by default the folder
// $(user)/gongwen/register/), read again when its files change; nullptr when there is none or it
// cannot be read (检查口径库 says why). Rows that cannot be read are left out.
struct RegisterCache
{
    std::mutex mutex;
    OUString stamp; // the register's location and modification times
    std::shared_ptr<const core::wording::Register> reg;
};
RegisterCache& registerCache()
{
    static RegisterCache cache;
    return cache;
}

std::shared_ptr<const core::wording::Register>
userRegister(const uno::Reference<uno::XComponentContext>& context, std::u16string_view setting)
{
    RegisterCache& cache = registerCache();
    const OUString location = registerLocation(context, setting);
    const OUString stamp = registerStamp(context, location);
    if (stamp.isEmpty())
        return nullptr;
    {
        std::lock_guard<std::mutex> lock(cache.mutex);
        if (cache.stamp == stamp)
            return cache.reg;
    }
    // Read without the lock: reading a workbook goes through the office, which other threads
    // asking for the settings may hold meanwhile.
    std::shared_ptr<const core::wording::Register> reg;
    try
    {
        std::vector<core::wording::RegisterProblem> problems;
        reg = core::wording::Register::read(
            readRegisterSource(context, location, core::Language::ChineseSimplified).tables,
            problems);
    }
    catch (const lang::IllegalArgumentException&)
    {
        // Not readable: no register until it changes.
    }
    std::lock_guard<std::mutex> lock(cache.mutex);
    cache.stamp = stamp;
    cache.reg = reg;
    return reg;
}

// The typo check's model is in the extension's typo-data folder; the core reads it on first use.
void locateTypoModel(const uno::Reference<uno::XComponentContext>& context)
{
    static std::once_flag located;
    std::call_once(located,
                   [&]
                   {
                       const OUString folder =
                           deployment::PackageInformationProvider::get(context)->getPackageLocation(
                               ascii(kExtensionIdentifier)) +
                           ascii("/typo-data");
                       OUString path;
                       if (osl::FileBase::getSystemPathFromFileURL(folder, path) ==
                           osl::FileBase::E_None)
                           core::typo::setDataDirectory(core::toUtf8(toView(path)));
                   });
}

} // namespace

OUString userWordListUrl(const uno::Reference<uno::XComponentContext>& context)
{
    return util::PathSubstitution::create(context)->substituteVariables(
        ascii("$(user)/gongwen/confusions.txt"), true);
}

OUString allowedWordsUrl(const uno::Reference<uno::XComponentContext>& context)
{
    return util::PathSubstitution::create(context)->substituteVariables(
        ascii("$(user)/gongwen/words.txt"), true);
}

std::u16string allowedWordsText(const uno::Reference<uno::XComponentContext>& context)
{
    const OUString url = allowedWordsUrl(context);
    auto files = ucb::SimpleFileAccess::create(context);
    if (!files->exists(url))
        return {};
    const auto text = core::fromUtf8Strict(readAll(files, url, kMaxWordListBytes));
    return text ? *text : std::u16string();
}

void storeAllowedWords(const uno::Reference<uno::XComponentContext>& context,
                       std::u16string_view text)
{
    const OUString url = allowedWordsUrl(context);
    auto files = ucb::SimpleFileAccess::create(context);
    std::u16string normalised(text);
    normalised.erase(std::remove(normalised.begin(), normalised.end(), u'\r'), normalised.end());
    if (!normalised.empty() && normalised.back() != u'\n')
        normalised.push_back(u'\n');
    if (normalised == allowedWordsText(context) || (normalised.empty() && !files->exists(url)))
        return;
    writeAll(files, url, core::toUtf8(normalised));
    noteSettingsChanged();
}

void addAllowedWord(const uno::Reference<uno::XComponentContext>& context, std::u16string_view word)
{
    const std::u16string trimmed(core::trimSpaces(word));
    if (trimmed.empty() || trimmed.find(u'\n') != std::u16string::npos)
        return;
    const OUString url = allowedWordsUrl(context);
    auto files = ucb::SimpleFileAccess::create(context);
    std::string bytes = files->exists(url) ? readAll(files, url, kMaxWordListBytes) : std::string();
    if (const auto text = core::fromUtf8Strict(bytes))
        for (const std::u16string& known : core::typo::parseAllowedWords(*text).words)
            if (known == trimmed)
                return;
    if (!bytes.empty() && bytes.back() != '\n')
        bytes += '\n';
    bytes += core::toUtf8(trimmed) + "\n";
    writeAll(files, url, bytes);
    noteSettingsChanged();
}

namespace
{

constexpr char kSettingsRoot[] = "/org.gongwen.Settings/";

} // namespace

uno::Reference<beans::XPropertySet>
settingsGroup(const uno::Reference<uno::XComponentContext>& context, const char* group,
              bool forUpdate)
{
    auto provider = configuration::theDefaultProvider::get(context);
    beans::NamedValue path(ascii("nodepath"), uno::Any(ascii(kSettingsRoot) + ascii(group)));
    uno::Sequence<uno::Any> args(1);
    args.getArray()[0] <<= path;
    return uno::Reference<beans::XPropertySet>(
        provider->createInstanceWithArguments(
            ascii(forUpdate ? "com.sun.star.configuration.ConfigurationUpdateAccess"
                            : "com.sun.star.configuration.ConfigurationAccess"),
            args),
        uno::UNO_QUERY_THROW);
}

namespace
{

std::vector<std::u16string> stringList(const uno::Any& value)
{
    uno::Sequence<OUString> items;
    value >>= items;
    std::vector<std::u16string> out;
    for (const OUString& item : items)
        if (!item.isEmpty())
            out.emplace_back(toView(item));
    return out;
}

uno::Any toStringList(const std::vector<std::u16string>& items)
{
    uno::Sequence<OUString> list(static_cast<sal_Int32>(items.size()));
    for (std::size_t i = 0; i < items.size(); ++i)
        list.getArray()[i] = toOUString(items[i]);
    return uno::Any(list);
}

} // namespace

core::Settings settings(const uno::Reference<uno::XComponentContext>& context) noexcept
{
    core::Settings s;
    try
    {
        const auto check = settingsGroup(context, "Check", false);
        for (const std::u16string& id : stringList(check->getPropertyValue(ascii("DisabledRules"))))
            s.check.disabledRules.push_back(core::toUtf8(id));
        s.check.extraPlaceholders = stringList(check->getPropertyValue(ascii("ExtraPlaceholders")));
        check->getPropertyValue(ascii("FullWidthArabicDot")) >>= s.check.fullWidthArabicDot;
        check->getPropertyValue(ascii("LiveChecking")) >>= s.liveChecking;
        OUString profile;
        settingsGroup(context, "Layout", false)->getPropertyValue(ascii("Profile")) >>= profile;
        s.layoutProfile = OUStringToOString(profile, RTL_TEXTENCODING_UTF8).getStr();
        sal_Int32 year = 0;
        settingsGroup(context, "Tally", false)->getPropertyValue(ascii("DefaultYear")) >>= year;
        s.defaultYear = year;
        OUString location;
        settingsGroup(context, "Register", false)->getPropertyValue(ascii("Location")) >>= location;
        s.registerLocation = toView(location);
    }
    catch (...)
    {
        // Not installed with its schema (a bare library in a test): the defaults.
    }
    try
    {
        s.check.userWordPairs = userWordPairs(context);
    }
    catch (...)
    {
        // No readable list: the built-in one still applies.
    }
    try
    {
        s.check.allowedWords = userAllowedWords(context);
    }
    catch (...)
    {
        // No readable list: no word is exempt.
    }
    try
    {
        s.check.wordingRegister = userRegister(context, s.registerLocation);
    }
    catch (...)
    {
        // No readable register: its rules find nothing.
    }
    try
    {
        locateTypoModel(context);
    }
    catch (...)
    {
        // No package information (a bare library in a test): the typo check reports why.
    }
    return s;
}

core::CheckOptions checkOptions(const uno::Reference<uno::XComponentContext>& context) noexcept
{
    return settings(context).check;
}

namespace
{
std::atomic<std::size_t> g_settingsGeneration{0};

struct SettingsListeners
{
    std::mutex mutex;
    std::map<std::size_t, std::function<void()>> listeners;
    std::size_t next = 0;
};

SettingsListeners& settingsListeners()
{
    static SettingsListeners instance;
    return instance;
}
} // namespace

std::size_t addSettingsListener(std::function<void()> listener)
{
    SettingsListeners& l = settingsListeners();
    std::lock_guard<std::mutex> lock(l.mutex);
    l.listeners.emplace(++l.next, std::move(listener));
    return l.next;
}

void removeSettingsListener(std::size_t id) noexcept
{
    SettingsListeners& l = settingsListeners();
    std::lock_guard<std::mutex> lock(l.mutex);
    l.listeners.erase(id);
}

void noteSettingsChanged() noexcept
{
    ++g_settingsGeneration;
    std::vector<std::function<void()>> toCall; // called with no lock held: they may call back
    {
        SettingsListeners& l = settingsListeners();
        std::lock_guard<std::mutex> lock(l.mutex);
        for (const auto& entry : l.listeners)
            toCall.push_back(entry.second);
    }
    for (const auto& listener : toCall)
        try
        {
            listener();
        }
        catch (...)
        {
        }
}

std::size_t settingsGeneration() noexcept
{
    return g_settingsGeneration.load();
}

void storeSettings(const uno::Reference<uno::XComponentContext>& context, const core::Settings& s)
{
    std::vector<std::u16string> disabled;
    for (const std::string& id : s.check.disabledRules)
        disabled.push_back(core::fromUtf8(id));
    const auto check = settingsGroup(context, "Check", true);
    check->setPropertyValue(ascii("DisabledRules"), toStringList(disabled));
    check->setPropertyValue(ascii("ExtraPlaceholders"), toStringList(s.check.extraPlaceholders));
    check->setPropertyValue(ascii("FullWidthArabicDot"), uno::Any(s.check.fullWidthArabicDot));
    check->setPropertyValue(ascii("LiveChecking"), uno::Any(s.liveChecking));
    uno::Reference<util::XChangesBatch>(check, uno::UNO_QUERY_THROW)->commitChanges();
    const auto layout = settingsGroup(context, "Layout", true);
    layout->setPropertyValue(ascii("Profile"), uno::Any(ascii(s.layoutProfile.c_str())));
    uno::Reference<util::XChangesBatch>(layout, uno::UNO_QUERY_THROW)->commitChanges();
    const auto tally = settingsGroup(context, "Tally", true);
    tally->setPropertyValue(ascii("DefaultYear"), uno::Any(static_cast<sal_Int32>(s.defaultYear)));
    uno::Reference<util::XChangesBatch>(tally, uno::UNO_QUERY_THROW)->commitChanges();
    const auto wordingRegister = settingsGroup(context, "Register", true);
    wordingRegister->setPropertyValue(ascii("Location"), uno::Any(toOUString(s.registerLocation)));
    uno::Reference<util::XChangesBatch>(wordingRegister, uno::UNO_QUERY_THROW)->commitChanges();
    noteSettingsChanged();
}

void noteIfRegisterChanged(const uno::Reference<uno::XComponentContext>& context) noexcept
{
    // Asked for every paragraph the office proofreads: look at the files at most every two seconds.
    static std::atomic<std::int64_t> lastLook{0};
    const std::int64_t now = std::chrono::duration_cast<std::chrono::milliseconds>(
                                 std::chrono::steady_clock::now().time_since_epoch())
                                 .count();
    std::int64_t last = lastLook.load();
    if (now - last < 2000 || !lastLook.compare_exchange_strong(last, now))
        return;
    try
    {
        OUString setting;
        settingsGroup(context, "Register", false)->getPropertyValue(ascii("Location")) >>= setting;
        const OUString stamp = registerStamp(context, registerLocation(context, toView(setting)));
        bool changed = false;
        {
            RegisterCache& cache = registerCache();
            std::lock_guard<std::mutex> lock(cache.mutex);
            changed = stamp != cache.stamp && !(stamp.isEmpty() && !cache.reg);
        }
        if (changed)
            noteSettingsChanged(); // read again by whoever checks next; live marks renewed
    }
    catch (...)
    {
        // No configuration or file access: nothing to compare.
    }
}

} // namespace gongwen::ext
