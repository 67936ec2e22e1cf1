// SPDX-License-Identifier: MPL-2.0
// typo_eval: how well word.typo (and the confused-word list) find typos.
//
//   typo_eval [--seed N] [--min-recall P] [--min-suggestion P] [--max-flagged P] FILE...
//
// Every sentence of the files (UTF-8 text) is checked as written — a word.* finding there is a
// false alarm — and once more with one typo put in, the way writers make them: a character of
// a word replaced by one with the same reading that an input method offers first (the more
// frequent), by one of the same shape or phonetic series, or a correct word of the
// confused-word list written the wrong way (作为 → 做为). A faulty sentence is caught when a
// word.* finding covers the wrong character; its suggestion is right when it turns the span
// back into the sentence as written. Prints the figures (TYPO_EVAL_VERBOSE=1: each false alarm
// and each miss too); with targets, exits 1 when one is missed.
#include <core/checker/checker.hpp>
#include <core/checker/words.hpp>
#include <core/text/text.hpp>
#include <core/typo/detector.hpp>
#include <core/typo/model.hpp>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <vector>

using namespace gongwen;
using namespace gongwen::core;

namespace
{

enum class Kind
{
    Sound,
    Shape,
    Listed
};
const char* kindName(Kind kind)
{
    return kind == Kind::Sound   ? "same sound"
           : kind == Kind::Shape ? "same shape"
                                 : "listed confusion";
}

struct Faulty
{
    std::u16string text;
    std::size_t wrongAt = 0, wrongLength = 1; // UTF-16 units of the wrong character(s)
    Kind kind = Kind::Sound;
};

std::vector<std::u16string> sentencesOf(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::u16string text = fromUtf8(buffer.str());
    std::vector<std::u16string> sentences;
    std::u16string current;
    auto flush = [&]
    {
        const std::u16string_view trimmed = trimSpaces(current);
        std::size_t han = 0;
        for (char16_t c : trimmed)
            han += isHan(c) ? 1 : 0;
        if (han >= 8 && trimmed.size() <= 300)
            sentences.emplace_back(trimmed);
        current.clear();
    };
    for (char16_t c : text)
    {
        if (c == u'\n' || c == u'\r')
        {
            flush();
            continue;
        }
        current.push_back(c);
        if (c == u'。' || c == u'！' || c == u'？' || c == u'；')
            flush();
    }
    flush();
    return sentences;
}

class Injector
{
public:
    Injector(const typo::Model& model, unsigned seed) : m_model(model), m_random(seed) {}

    std::optional<Faulty> inject(const std::u16string& sentence)
    {
        if (auto listed = listedConfusion(sentence); listed && chance(0.15))
            return listed;
        return replaceCharacter(sentence, chance(0.7) ? Kind::Sound : Kind::Shape);
    }

private:
    bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(m_random) < p; }

    std::optional<Faulty> listedConfusion(const std::u16string& sentence)
    {
        for (const WordPair& pair : builtinWordPairs())
            if (pair.right.size() >= 2)
                if (const std::size_t at = sentence.find(pair.right); at != std::u16string::npos)
                {
                    Faulty f{sentence, at, pair.right.size(), Kind::Listed};
                    f.text.replace(at, pair.right.size(), pair.wrong);
                    f.wrongLength = pair.wrong.size();
                    return f;
                }
        return std::nullopt;
    }

    // A character inside a word of two to four Han characters, replaced by a confusable one
    // of the kind asked for, chosen by frequency as an input method ranks them.
    std::optional<Faulty> replaceCharacter(const std::u16string& sentence, Kind kind)
    {
        std::vector<std::size_t> offsets;
        const std::u32string chars = toCodePoints(sentence, &offsets);
        std::vector<std::size_t> positions;
        for (std::size_t k = 0; k < chars.size();)
        {
            std::size_t end = k;
            while (end < chars.size() && isHan(chars[end]))
                ++end;
            if (end == k)
            {
                ++k;
                continue;
            }
            std::size_t start = k;
            for (std::size_t wordEnd :
                 typo::segmentWords(std::u32string_view(chars).substr(k, end - k), m_model))
            {
                const std::size_t length = k + wordEnd - start;
                if (length >= 2 && length <= 4)
                    for (std::size_t p = start; p < k + wordEnd; ++p)
                        positions.push_back(p);
                start = k + wordEnd;
            }
            k = end;
        }
        std::shuffle(positions.begin(), positions.end(), m_random);
        const std::uint8_t wanted = kind == Kind::Sound ? std::uint8_t(typo::Likeness::SameSound)
                                                        : std::uint8_t(typo::Likeness::Shape);
        for (std::size_t p : positions)
        {
            std::vector<char32_t> options;
            std::vector<double> weights;
            for (const typo::Confusable& c : m_model.confusables(chars[p]))
            {
                if (c.likeness & wanted)
                {
                    options.push_back(c.character);
                    weights.push_back(std::exp(double(m_model.characterLogFrequency(c.character))));
                }
            }
            if (options.empty())
                continue;
            std::discrete_distribution<std::size_t> pick(weights.begin(), weights.end());
            const char32_t replacement = options[pick(m_random)];
            if (replacement > 0xFFFF || offsets[p + 1] - offsets[p] != 1)
                continue;
            Faulty f{sentence, offsets[p], 1, kind};
            f.text[offsets[p]] = static_cast<char16_t>(replacement);
            return f;
        }
        return std::nullopt;
    }

    const typo::Model& m_model;
    std::mt19937 m_random;
};

std::vector<Finding> wordFindings(std::u16string_view text)
{
    CheckOptions options;
    for (RuleFamily family : kCheckedFamilies)
        if (family != RuleFamily::Word)
            options.disable(family);
    return checkText(text, options);
}

struct Tally
{
    std::size_t faulty = 0, caught = 0, rightSuggestion = 0;
};

double percent(std::size_t part, std::size_t whole)
{
    return whole ? 100.0 * double(part) / double(whole) : 0.0;
}

} // namespace

int main(int argc, char** argv)
{
    unsigned seed = 20261203;
    double minRecall = -1, minSuggestion = -1, maxFlagged = 101;
    std::vector<std::string> files;
    for (int i = 1; i < argc; ++i)
    {
        const std::string arg = argv[i];
        auto next = [&] { return i + 1 < argc ? std::string(argv[++i]) : std::string("0"); };
        if (arg == "--seed")
            seed = unsigned(std::stoul(next()));
        else if (arg == "--min-recall")
            minRecall = std::stod(next());
        else if (arg == "--min-suggestion")
            minSuggestion = std::stod(next());
        else if (arg == "--max-flagged")
            maxFlagged = std::stod(next());
        else
            files.push_back(arg);
    }
    if (const char* dir = std::getenv("GONGWEN_TYPO_DATA"))
        typo::setDataDirectory(dir);
    else
        typo::setDataDirectory(GONGWEN_TYPO_DATA_DIR);
    const auto model = typo::sharedModel();
    if (!model || files.empty())
    {
        std::cerr << "typo_eval: " << (model ? "no files" : toUtf8(typo::loadProblem().messageEn))
                  << "\n";
        return 2;
    }
    Injector injector(*model, seed);
    std::size_t clean = 0, flagged = 0, falseAlarms = 0, cleanCharacters = 0;
    std::map<Kind, Tally> byKind;
    const bool verbose = std::getenv("TYPO_EVAL_VERBOSE") != nullptr;
    for (const std::string& file : files)
        for (const std::u16string& sentence : sentencesOf(file))
        {
            ++clean;
            cleanCharacters += sentence.size();
            const std::vector<Finding> alarms = wordFindings(sentence);
            if (verbose)
                for (const Finding& f : alarms)
                    std::cout << "FALSE " << toUtf8(f.messageZh) << "  " << toUtf8(sentence)
                              << "\n";
            falseAlarms += alarms.size();
            flagged += alarms.empty() ? 0 : 1;
            const std::optional<Faulty> faulty = injector.inject(sentence);
            if (!faulty)
                continue;
            Tally& tally = byKind[faulty->kind];
            ++tally.faulty;
            bool caught = false, right = false;
            for (const Finding& f : wordFindings(faulty->text))
                if (f.start < faulty->wrongAt + faulty->wrongLength &&
                    faulty->wrongAt < f.start + f.length)
                {
                    caught = true;
                    std::u16string fixed = faulty->text;
                    if (!f.suggestions.empty())
                        fixed.replace(f.start, f.length, f.suggestions.front());
                    right = right || fixed == sentence;
                }
            tally.caught += caught ? 1 : 0;
            tally.rightSuggestion += right ? 1 : 0;
            if (verbose && !caught)
                std::cout << "MISSED " << kindName(faulty->kind) << "  " << toUtf8(faulty->text)
                          << "\n";
        }
    Tally all;
    for (const auto& [kind, tally] : byKind)
    {
        std::printf("%-17s %5zu faulty sentences, caught at the wrong character %5.1f %%, right "
                    "suggestion %5.1f %% of those\n",
                    kindName(kind), tally.faulty, percent(tally.caught, tally.faulty),
                    percent(tally.rightSuggestion, tally.caught));
        all.faulty += tally.faulty;
        all.caught += tally.caught;
        all.rightSuggestion += tally.rightSuggestion;
    }
    const double recall = percent(all.caught, all.faulty);
    const double suggestion = percent(all.rightSuggestion, all.caught);
    const double flaggedShare = percent(flagged, clean);
    std::printf("all               %5zu faulty sentences, caught at the wrong character %5.1f %%, "
                "right suggestion %5.1f %% of those\n",
                all.faulty, recall, suggestion);
    std::printf("clean             %5zu sentences (%zu characters): %zu flagged (%.2f %%), %.2f "
                "false alarms per 10,000 characters\n",
                clean, cleanCharacters, flagged, flaggedShare,
                cleanCharacters ? 10000.0 * double(falseAlarms) / double(cleanCharacters) : 0.0);
    const bool missed =
        recall < minRecall || suggestion < minSuggestion || flaggedShare > maxFlagged;
    if (missed)
        std::printf("typo_eval: target missed (recall >= %.1f %%, right suggestion >= %.1f %%, "
                    "flagged <= %.2f %%)\n",
                    minRecall, minSuggestion, maxFlagged);
    return missed ? 1 : 0;
}
