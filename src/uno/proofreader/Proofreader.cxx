// SPDX-License-Identifier: MPL-2.0
// org.gongwen.Proofreader: the structure, count, placeholder, punctuation, number and word rules
// while the user types, as LibreOffice's grammar checker for zh-CN (extension/registry/
// Linguistic.xcu). The office's proofreading iterator calls doProofreading on its own thread,
// one paragraph at a time, with only an id for the document: the proofreader keeps a
// core::LiveDocument per id, finds the document it belongs to among the open ones, and reads that
// document again only when a paragraph it does not know arrives (an edit). When an edit changes
// the numbering or count findings of other paragraphs, it asks the office to proofread again.
//
// doProofreading never throws: anything that fails leaves the paragraph without marks.
#include "../common/CheckSettings.hxx"
#include "../common/Component.hxx"
#include "../common/DocumentText.hxx"
#include "../common/Names.hxx"
#include "../common/TestHooks.hxx"
#include "../common/UiStrings.hxx"
#include "../statistics/DataChecks.hxx"

#include <core/checker/checker.hpp>
#include <core/checker/live.hpp>
#include <core/text/text.hpp>

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XServiceDisplayName.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/linguistic2/LinguServiceEvent.hpp>
#include <com/sun/star/linguistic2/LinguServiceEventFlags.hpp>
#include <com/sun/star/linguistic2/LinguServiceManager.hpp>
#include <com/sun/star/linguistic2/ProofreadingResult.hpp>
#include <com/sun/star/linguistic2/SingleProofreadingError.hpp>
#include <com/sun/star/linguistic2/XLinguServiceEventBroadcaster.hpp>
#include <com/sun/star/linguistic2/XProofreader.hpp>

#include <algorithm>
#include <com/sun/star/text/TextMarkupType.hpp>
#include <com/sun/star/text/XParagraphCursor.hpp>
#include <com/sun/star/text/XText.hpp>
#include <cppuhelper/implbase4.hxx>
#include <cppuhelper/interfacecontainer.hxx>
#include <cppuhelper/supportsservice.hxx>
#include <cppuhelper/weakref.hxx>
#include <functional>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <mutex>
#include <optional>
#include <set>

using namespace css;

namespace gongwen::ext
{
namespace
{

// The rule identifier of a typo's mark: this prefix and the word as written.
constexpr char kTypoRulePrefix[] = "word.typo:";

bool isSimplifiedChinese(const lang::Locale& locale)
{
    return locale.Language == "zh" && (locale.Country == "CN" || locale.Country.isEmpty());
}

// LibreOffice gives a sentence the language of its first character, and a Latin letter or a
// digit carries the Western language: "X区委认真落实……" or "2026年……" would reach an English
// checker, not ours. So we also offer to proofread the default Western language, en-US — the
// sentences with Chinese in them only. The office makes a newly installed checker the one in
// use for a language only where none was chosen before (it appends it after the others), so an
// English checker the user has keeps English.
bool isWesternWeCover(const lang::Locale& locale)
{
    return locale.Language == "en" && locale.Country == "US";
}

bool hasHan(const OUString& text, sal_Int32 from)
{
    for (sal_Int32 i = from; i < text.getLength();)
        if (core::isHan(text.iterateCodePoints(&i)))
            return true;
    return false;
}

// The underline of each rule family, so that the user tells structure from punctuation at a
// glance; typos have a colour of their own within the words.
sal_Int32 lineColour(std::string_view ruleId)
{
    if (ruleId == core::rule::kWordTypo)
        return 0xD81B60; // magenta
    switch (core::familyOf(ruleId))
    {
    case core::RuleFamily::Structure:
        return 0x1E64C8; // blue
    case core::RuleFamily::Count:
        return 0x8E44AD; // purple
    case core::RuleFamily::Placeholder:
        return 0xE67E22; // orange
    case core::RuleFamily::Punctuation:
        return 0x16A085; // green
    case core::RuleFamily::Number:
        return 0x2E86C1; // light blue
    case core::RuleFamily::Word:
        return 0xC0392B; // red
    case core::RuleFamily::Data:
        return 0xB7950B; // dark yellow
    case core::RuleFamily::Document:
        return 0xA04000; // brown
    case core::RuleFamily::Register:
        return 0x7D3C98; // violet
    case core::RuleFamily::Other:
        break;
    }
    return 0x1E64C8;
}

// A document the iterator proofreads, as far as the proofreader knows it.
struct TrackedDocument
{
    bool looked = false;                           // the open documents were searched for it
    uno::WeakReference<text::XTextDocument> model; // empty: not found, paragraphs stand alone
    core::LiveDocument live;
    std::size_t lastIndex = 0;        // where the last paragraph was: the next is near
    std::set<std::u16string> outside; // paragraphs not in the body (table cells …)
    // The body's paragraphs as the office's objects, in the order of `live` (empty for a table):
    // an edit in place is found by asking a few of them for their text, not by reading all.
    std::vector<uno::Reference<text::XTextRange>> paragraphs;
    std::size_t generation = 0; // counts full reads: a guess made before one is stale

    explicit TrackedDocument(core::CheckOptions options) : live(std::move(options)) {}
};

std::vector<std::u16string_view> ownTexts(const std::vector<BodyElement>& body)
{
    std::vector<std::u16string_view> texts;
    texts.reserve(body.size());
    for (const BodyElement& e : body)
        texts.push_back(e.ownText());
    return texts;
}

class Proofreader : public cppu::WeakImplHelper4<linguistic2::XProofreader,
                                                 linguistic2::XLinguServiceEventBroadcaster,
                                                 lang::XServiceInfo, lang::XServiceDisplayName>
{
public:
    explicit Proofreader(const uno::Reference<uno::XComponentContext>& context)
        : m_context(context), m_language(officeLanguage(context)), m_listeners(m_listenerMutex)
    {
        loadSettings();
    }
    ~Proofreader() override
    {
        if (m_settingsListener != 0)
            removeSettingsListener(m_settingsListener);
    }

    // XSupportedLocales
    uno::Sequence<lang::Locale> SAL_CALL getLocales() override
    {
        const lang::Locale locales[] = {lang::Locale(ascii("zh"), ascii("CN"), OUString()),
                                        lang::Locale(ascii("en"), ascii("US"), OUString())};
        return uno::Sequence<lang::Locale>(locales, 2);
    }
    sal_Bool SAL_CALL hasLocale(const lang::Locale& locale) override
    {
        return isSimplifiedChinese(locale) || isWesternWeCover(locale);
    }

    // XProofreader
    sal_Bool SAL_CALL isSpellChecker() override { return false; }

    linguistic2::ProofreadingResult SAL_CALL
    doProofreading(const OUString& documentId, const OUString& text, const lang::Locale& locale,
                   sal_Int32 start, sal_Int32 suggestedEnd,
                   const uno::Sequence<beans::PropertyValue>& properties) override
    {
        linguistic2::ProofreadingResult result;
        result.aDocumentIdentifier = documentId;
        result.aText = text;
        result.aLocale = locale;
        result.nStartOfSentencePosition = start;
        result.nBehindEndOfSentencePosition = text.getLength();
        result.nStartOfNextSentencePosition = text.getLength();
        result.xProofreader = this;
        // The whole paragraph at once: its rules are not about sentences.
        trace(locale, start, text, properties);
        if (text.isEmpty() || start >= text.getLength())
            return result;
        if (!isSimplifiedChinese(locale))
        {
            // An English sentence is not ours: it passes as if no checker had looked.
            if (!isWesternWeCover(locale) || !hasHan(text, start) || !chosenForChinese())
            {
                result.nBehindEndOfSentencePosition =
                    std::clamp(suggestedEnd, start, text.getLength());
                result.nStartOfNextSentencePosition = result.nBehindEndOfSentencePosition;
                return result;
            }
        }
        try
        {
            listenToSettings();
            noteIfRegisterChanged(m_context); // the 口径库's file saved meanwhile
            // Settings changed on the options page: every paragraph is proofread again with them.
            if (settingsGeneration() != m_generation.load())
            {
                loadSettings();
                askToProofreadAgain();
            }
            if (!m_liveChecking.load())
                return result;
            // The office takes a sentence's language from its first character: in "1.加强……" the
            // "1." is a Western sentence and the Chinese one starts after it (start > 0). The
            // whole paragraph is checked; the marks from `start` on are this call's.
            bool proofreadAgain = false;
            result.aErrors = errorsOf(documentId, text, start, proofreadAgain);
            appendWorkbookErrors(documentId, text, start, result.aErrors);
            if (proofreadAgain)
                askToProofreadAgain();
        }
        catch (...)
        {
            // No marks rather than a broken office.
        }
        return result;
    }

    void SAL_CALL ignoreRule(const OUString& ruleId, const lang::Locale&) override
    {
        {
            std::lock_guard<std::mutex> lock(m_ignoredMutex);
            m_ignored.insert(ruleId);
        }
        if (ruleId.startsWith(ascii(kTypoRulePrefix)))
            try
            {
                addAllowedWord(m_context,
                               toView(ruleId.copy(OUString(ascii(kTypoRulePrefix)).getLength())));
            }
            catch (...)
            {
                // The list cannot be written: the word is still ignored for this session.
            }
    }
    void SAL_CALL resetIgnoreRules() override
    {
        std::lock_guard<std::mutex> lock(m_ignoredMutex);
        m_ignored.clear();
    }

    // XLinguServiceEventBroadcaster
    sal_Bool SAL_CALL addLinguServiceEventListener(
        const uno::Reference<linguistic2::XLinguServiceEventListener>& listener) override
    {
        return listener.is() && m_listeners.addInterface(listener) > 0;
    }
    sal_Bool SAL_CALL removeLinguServiceEventListener(
        const uno::Reference<linguistic2::XLinguServiceEventListener>& listener) override
    {
        return listener.is() && m_listeners.removeInterface(listener) >= 0;
    }

    // XServiceDisplayName: the name in Tools ▸ Options ▸ Language Settings ▸ Writing Aids.
    OUString SAL_CALL getServiceDisplayName(const lang::Locale&) override
    {
        return uiText(m_language, UiText::ProofreaderName);
    }

    // XServiceInfo
    OUString SAL_CALL getImplementationName() override { return ascii(kProofreaderImplementation); }
    sal_Bool SAL_CALL supportsService(const OUString& name) override
    {
        return cppu::supportsService(this, name);
    }
    uno::Sequence<OUString> SAL_CALL getSupportedServiceNames() override
    {
        const OUString names[] = {ascii(kProofreaderService), ascii(kProofreaderOfficeService)};
        return uno::Sequence<OUString>(names, 2);
    }

private:
    // data.workbook in a linked report, once a check has read the workbook's indicators (the
    // proofreader never opens a workbook: that would block typing).
    void appendWorkbookErrors(const OUString& documentId, const OUString& text, sal_Int32 from,
                              uno::Sequence<linguistic2::SingleProofreadingError>& errors)
    {
        uno::Reference<text::XTextDocument> model;
        core::CheckOptions options;
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            const auto found = m_documents.find(documentId);
            if (found == m_documents.end())
                return;
            model = found->second.model;
            options = m_options;
        }
        const auto findings = knownWorkbookFindings(model, toView(text), options);
        if (findings.empty())
            return;
        const auto more = toErrors(findings, from);
        const sal_Int32 before = errors.getLength();
        errors.realloc(before + more.getLength());
        std::copy(more.begin(), more.end(), errors.getArray() + before);
    }

    // The findings of the paragraph, as the office wants them. The office's own objects are read
    // with no lock of ours held: the main thread may hold the office's lock and wait for ours.
    uno::Sequence<linguistic2::SingleProofreadingError>
    errorsOf(const OUString& documentId, const OUString& text, sal_Int32 from, bool& proofreadAgain)
    {
        const std::u16string_view paragraph = toView(text);
        std::vector<core::Finding> findings;
        uno::Reference<text::XTextDocument> model;
        bool look = false;
        if (known(documentId, paragraph, findings, model, look))
            return toErrors(findings, from);
        if (look)
            model = documentWith(text);
        else if (model.is())
            if (const auto edited = editedInPlace(documentId, text, from, proofreadAgain))
                return *edited;
        if (model.is())
        {
            const std::vector<BodyElement> body = readBody(model, {}); // the body as it is now
            std::lock_guard<std::mutex> lock(m_mutex);
            TrackedDocument& document = trackedLocked(documentId);
            document.model = model;
            document.paragraphs.clear();
            for (const BodyElement& e : body)
                document.paragraphs.push_back(e.paragraph);
            ++document.generation;
            const auto changed = document.live.update(ownTexts(body));
            if (const auto index = document.live.find(paragraph, document.lastIndex))
            {
                document.lastIndex = *index;
                // Read for the first time, every paragraph is new: the office is going through
                // them anyway.
                proofreadAgain = !look && std::any_of(changed.begin(), changed.end(),
                                                      [&](std::size_t p) { return p != *index; });
                return toErrors(document.live.findingsOf(*index), from);
            }
            document.outside.emplace(paragraph);
        }
        // A paragraph outside the body (a table cell, a header) or of no open document: alone,
        // without the rules that need the paragraphs around it.
        return toErrors(core::checkParagraphs({paragraph}, aloneOptions()), from);
    }

    // Typing changes one paragraph in place: the paragraph object the office hands back this
    // text for is one of a few candidates (where the last paragraph was, and those most like the
    // text). Asking them costs a few calls; reading the document costs one per paragraph.
    std::optional<uno::Sequence<linguistic2::SingleProofreadingError>>
    editedInPlace(const OUString& documentId, const OUString& text, sal_Int32 from,
                  bool& proofreadAgain)
    {
        // Where the user was typing first (a few calls), then the paragraphs most like the text.
        for (const bool nearby : {true, false})
        {
            std::vector<Candidate> candidates;
            std::size_t generation = 0;
            {
                std::lock_guard<std::mutex> lock(m_mutex);
                TrackedDocument& document = trackedLocked(documentId);
                generation = document.generation;
                for (std::size_t p :
                     nearby ? document.live.paragraphsAround(document.lastIndex)
                            : document.live.paragraphsMostLike(toView(text), document.lastIndex))
                    if (p < document.paragraphs.size() && document.paragraphs[p].is())
                        candidates.push_back(candidate(document, p));
            }
            for (const Candidate& c : candidates)
            {
                if (!placed(c, text))
                    continue;
                const std::size_t index = c.index;
                std::lock_guard<std::mutex> lock(m_mutex);
                TrackedDocument& document = trackedLocked(documentId);
                if (document.generation != generation)
                    return std::nullopt;
                const auto changed = document.live.setParagraph(index, toView(text));
                document.lastIndex = index;
                proofreadAgain = std::any_of(changed.begin(), changed.end(),
                                             [&](std::size_t p) { return p != index; });
                return toErrors(document.live.findingsOf(index), from);
            }
        }
        return std::nullopt;
    }

    // A paragraph object that may have been edited, and the texts that must be around it.
    struct Candidate
    {
        std::size_t index = 0;
        uno::Reference<text::XTextRange> paragraph;
        std::optional<OUString> before, after; // the neighbours' texts; nullopt: none (start, end)
        bool checkBefore = true, checkAfter = true; // false where the neighbour is a table
    };

    static Candidate candidate(const TrackedDocument& document, std::size_t p)
    {
        Candidate c;
        c.index = p;
        c.paragraph = document.paragraphs[p];
        if (p > 0)
        {
            c.before = toOUString(document.live.paragraph(p - 1));
            c.checkBefore = document.paragraphs[p - 1].is();
        }
        if (p + 1 < document.live.size())
        {
            c.after = toOUString(document.live.paragraph(p + 1));
            c.checkAfter = p + 1 < document.paragraphs.size() && document.paragraphs[p + 1].is();
        }
        return c;
    }

    // Whether the candidate now holds `text` between the same neighbours: an edit in place, not a
    // paragraph split or joined (Writer keeps the object with the second half of a split).
    static bool placed(const Candidate& c, const OUString& text)
    {
        try
        {
            if (c.paragraph->getString() != text)
                return false;
            auto neighbour = [&](bool previous) -> std::optional<OUString>
            {
                uno::Reference<text::XParagraphCursor> cursor(
                    c.paragraph->getText()->createTextCursorByRange(c.paragraph->getStart()),
                    uno::UNO_QUERY_THROW);
                if (!(previous ? cursor->gotoPreviousParagraph(false)
                               : cursor->gotoNextParagraph(false)))
                    return std::nullopt;
                cursor->gotoStartOfParagraph(false);
                cursor->gotoEndOfParagraph(true);
                return cursor->getString();
            };
            return (!c.checkBefore || neighbour(true) == c.before) &&
                   (!c.checkAfter || neighbour(false) == c.after);
        }
        catch (const uno::RuntimeException&)
        {
            return false; // deleted
        }
    }

    // Whether the document of that id has this paragraph as it is: then `findings` are its
    // findings. Otherwise `model` is the document to read again, or `look` says to search the
    // open documents for it (the first time the id comes).
    bool known(const OUString& documentId, std::u16string_view paragraph,
               std::vector<core::Finding>& findings, uno::Reference<text::XTextDocument>& model,
               bool& look)
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        TrackedDocument& document = trackedLocked(documentId);
        if (const auto index = document.live.find(paragraph, document.lastIndex))
        {
            document.lastIndex = *index;
            findings = document.live.findingsOf(*index);
            return true;
        }
        if (document.outside.count(std::u16string(paragraph)))
            return false; // checked alone, without reading the document again
        look = !document.looked;
        document.looked = true;
        model = document.model;
        return false;
    }

    TrackedDocument& trackedLocked(const OUString& documentId)
    {
        auto found = m_documents.find(documentId);
        if (found == m_documents.end())
            found =
                m_documents.emplace(documentId, TrackedDocument(m_options)).first; // under m_mutex
        return found->second;
    }

    // The open Writer document whose body has this paragraph (the iterator names documents by
    // an id of its own).
    uno::Reference<text::XTextDocument> documentWith(const OUString& text) const
    {
        auto components = frame::Desktop::create(m_context)->getComponents()->createEnumeration();
        while (components->hasMoreElements())
        {
            uno::Reference<text::XTextDocument> document(components->nextElement(), uno::UNO_QUERY);
            if (!document.is())
                continue;
            const std::vector<BodyElement> body = readBody(document, {});
            for (const BodyElement& e : body)
                if (e.ownText() == toView(text))
                    return document;
        }
        return {};
    }

    // The findings from `from` on, as the office's errors.
    uno::Sequence<linguistic2::SingleProofreadingError>
    toErrors(const std::vector<core::Finding>& findings, sal_Int32 from) const
    {
        std::vector<linguistic2::SingleProofreadingError> errors;
        for (const core::Finding& f : findings)
        {
            // A typo's rule names the word as written: 忽略 then adds that word to the user's list.
            const OUString ruleId = f.ruleId == core::rule::kWordTypo
                                        ? ascii(kTypoRulePrefix) + toOUString(f.word)
                                        : ascii(f.ruleId.c_str());
            if (f.length == 0 || static_cast<sal_Int32>(f.start) < from || ignored(ruleId))
                continue;
            linguistic2::SingleProofreadingError error;
            error.nErrorStart = static_cast<sal_Int32>(f.start);
            error.nErrorLength = static_cast<sal_Int32>(f.length);
            error.nErrorType = text::TextMarkupType::PROOFREADING;
            error.aRuleIdentifier = ruleId;
            error.aShortComment = toOUString(f.message(m_language));
            error.aFullComment = toOUString(core::ruleTitleOrId(f.ruleId, m_language)) +
                                 ascii(": ") + toOUString(f.message(m_language));
            uno::Sequence<OUString> suggestions(static_cast<sal_Int32>(f.suggestions.size()));
            for (std::size_t i = 0; i < f.suggestions.size(); ++i)
                suggestions.getArray()[i] = toOUString(f.suggestions[i]);
            error.aSuggestions = suggestions;
            const beans::PropertyValue colour(ascii("LineColor"), -1,
                                              uno::Any(lineColour(f.ruleId)),
                                              beans::PropertyState_DIRECT_VALUE);
            error.aProperties = uno::Sequence<beans::PropertyValue>(&colour, 1);
            errors.push_back(error);
        }
        return uno::Sequence<linguistic2::SingleProofreadingError>(
            errors.data(), static_cast<sal_Int32>(errors.size()));
    }

    // In the test library, a trace file gets a line per call ("zh-CN<TAB>0<TAB>text"): tests see
    // what the office's iterator hands over, and with which locale.
    static void trace(const lang::Locale& locale, sal_Int32 start, const OUString& text,
                      const uno::Sequence<beans::PropertyValue>& properties) noexcept
    {
        const char* const path = testhooks::proofreadTraceFile();
        if (path == nullptr)
            return;
        static std::mutex traceMutex;
        std::lock_guard<std::mutex> lock(traceMutex);
        if (std::FILE* f = std::fopen(path, "a"))
        {
            OUString names;
            for (const beans::PropertyValue& p : properties)
                names += p.Name + ascii(" ");
            const OString line = OUStringToOString(
                locale.Language + ascii("-") + locale.Country + ascii("\t") +
                    OUString::number(start) + ascii("\t") + text + ascii("\t") + names.trim(),
                RTL_TEXTENCODING_UTF8);
            std::fprintf(f, "%s\n", line.getStr());
            std::fclose(f);
        }
    }

    // Reads the settings; the documents kept so far were checked with others and go.
    void loadSettings()
    {
        const std::size_t generation = settingsGeneration();
        const core::Settings loaded = settings(m_context);
        std::lock_guard<std::mutex> lock(m_mutex);
        m_options = loaded.check;
        m_liveChecking = loaded.liveChecking;
        m_documents.clear();
        m_generation = generation;
    }

    // For a paragraph checked without its document: no rule that needs the paragraphs around it.
    core::CheckOptions aloneOptions()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        core::CheckOptions options = m_options;
        for (const char* rule : {core::rule::kHeadingSequence, core::rule::kHeadingLevel,
                                 core::rule::kItemSequence, core::rule::kItemCount})
            options.disabledRules.emplace_back(rule);
        return options;
    }

    bool ignored(const OUString& ruleId) const
    {
        std::lock_guard<std::mutex> lock(m_ignoredMutex);
        return m_ignored.count(ruleId) > 0;
    }

    // Settings stored or a word added to the user's list (from the options page, the deck,
    // another proofreader): the office proofreads every paragraph again, so that stale marks go.
    // Registered on first use, through a weak reference: a callback never reaches a proofreader
    // that is gone.
    void listenToSettings()
    {
        std::call_once(m_listening,
                       [this]
                       {
                           const uno::WeakReference<linguistic2::XProofreader> weak(
                               static_cast<linguistic2::XProofreader*>(this));
                           m_settingsListener = addSettingsListener(
                               [weak]
                               {
                                   const uno::Reference<linguistic2::XProofreader> self(weak);
                                   if (self.is())
                                       static_cast<Proofreader*>(self.get())->askToProofreadAgain();
                               });
                       });
    }

    // Whether the user still has us as zh-CN's checker (Writing Aids): unticked there, the
    // Chinese sentences given to us as English are left alone too. The choice is read each time
    // (the office tells its checkers nothing when it changes); the manager is made once.
    bool chosenForChinese() noexcept
    {
        try
        {
            std::call_once(m_servicesMade, [this]
                           { m_services = linguistic2::LinguServiceManager::create(m_context); });
            if (!m_services.is())
                return false;
            const auto chosen = m_services->getConfiguredServices(
                ascii("com.sun.star.linguistic2.Proofreader"),
                lang::Locale(ascii("zh"), ascii("CN"), OUString()));
            return std::find(chosen.begin(), chosen.end(), ascii(kProofreaderImplementation)) !=
                   chosen.end();
        }
        catch (...)
        {
            return false;
        }
    }

    // Other paragraphs' numbering or count findings changed: the office checks them again.
    void askToProofreadAgain() noexcept
    {
        try
        {
            linguistic2::LinguServiceEvent event(
                static_cast<cppu::OWeakObject*>(this),
                linguistic2::LinguServiceEventFlags::PROOFREAD_AGAIN);
            m_listeners.notifyEach(
                &linguistic2::XLinguServiceEventListener::processLinguServiceEvent, event);
        }
        catch (...)
        {
        }
    }

    uno::Reference<uno::XComponentContext> m_context;
    const core::Language m_language;
    // The settings in force (the word list as it was when they were read): changed under
    // m_mutex, together with the documents checked with them.
    core::CheckOptions m_options;
    std::atomic<bool> m_liveChecking{true};
    std::atomic<std::size_t> m_generation{0};
    std::once_flag m_listening;
    std::once_flag m_servicesMade;
    uno::Reference<linguistic2::XLinguServiceManager2> m_services; // set once, under m_servicesMade
    std::size_t m_settingsListener = 0;
    std::mutex m_mutex; // the iterator's thread and the office's main thread both call in
    std::map<OUString, TrackedDocument> m_documents;
    mutable std::mutex m_ignoredMutex;
    std::set<OUString> m_ignored;
    osl::Mutex m_listenerMutex;
    cppu::OInterfaceContainerHelper m_listeners;
};

} // namespace
} // namespace gongwen::ext

extern "C" SAL_DLLPUBLIC_EXPORT uno::XInterface*
org_gongwen_comp_Proofreader_get_implementation(uno::XComponentContext* context,
                                                const uno::Sequence<uno::Any>&)
{
    return gongwen::ext::newComponent<gongwen::ext::Proofreader>(context);
}
