#include "CheckSettings.hxx"

#include "Files.hxx"

#include <core/checker/words.hpp>
#include <core/text/text.hpp>

#include <com/sun/star/ucb/SimpleFileAccess.hpp>
#include <com/sun/star/util/DateTime.hpp>
#include <com/sun/star/util/PathSubstitution.hpp>

#include <memory>
#include <mutex>

using namespace css;

namespace gongwen::ext
{
namespace
{

constexpr sal_Int32 kMaxWordListBytes = 4 << 20;

// The word list as last read, kept while the file's modification time stays the same: checks
// run often (the proofreader checks every paragraph), the list changes rarely.
struct WordListCache
{
    std::mutex mutex;
    OUString url;
    util::DateTime modified;
    std::shared_ptr<const core::WordPairs> pairs;
};

WordListCache& cache()
{
    static WordListCache instance;
    return instance;
}

bool sameTime(const util::DateTime& a, const util::DateTime& b)
{
    return a.Year == b.Year && a.Month == b.Month && a.Day == b.Day && a.Hours == b.Hours &&
           a.Minutes == b.Minutes && a.Seconds == b.Seconds && a.NanoSeconds == b.NanoSeconds;
}

std::shared_ptr<const core::WordPairs> userWordPairs(const uno::Reference<uno::XComponentContext>& context)
{
    const OUString url = userWordListUrl(context);
    auto files = ucb::SimpleFileAccess::create(context);
    if (!files->exists(url))
        return nullptr;
    const util::DateTime modified = files->getDateTimeModified(url);
    WordListCache& c = cache();
    std::lock_guard<std::mutex> lock(c.mutex);
    if (c.pairs && c.url == url && sameTime(c.modified, modified))
        return c.pairs;
    const std::string bytes = readAll(files, url, kMaxWordListBytes);
    const auto text = core::fromUtf8Strict(bytes);
    c.url = url;
    c.modified = modified;
    c.pairs = std::make_shared<const core::WordPairs>(text ? core::parseWordPairs(*text) : core::WordPairs{});
    return c.pairs;
}

} // namespace

OUString userWordListUrl(const uno::Reference<uno::XComponentContext>& context)
{
    return util::PathSubstitution::create(context)->substituteVariables(ascii("$(user)/gongwen/confusions.txt"), true);
}

core::CheckOptions checkOptions(const uno::Reference<uno::XComponentContext>& context) noexcept
{
    core::CheckOptions options;
    try
    {
        options.userWordPairs = userWordPairs(context);
    }
    catch (...)
    {
        // No readable list: the built-in one still applies.
    }
    return options;
}

} // namespace gongwen::ext
