// SPDX-License-Identifier: MPL-2.0
// doc_eval: how well the doc.* rules (发文字号, 文种 and title, 请示/报告/签发人) judge 公文.
//
//   doc_eval [--min-precision P] [--min-recall P] CASES.tsv [--clean FILE...]
//
// CASES.tsv holds hand-written cases, a line each: the doc.* rules a careful reader expects
// (comma-separated, "-" for none), a tab, the text ("\n" between paragraphs). A case is checked
// as a whole document; each rule it should raise and does is a hit, each it should and does
// not a miss, each it raises and should not a false alarm. The files after --clean are real
// reports checked as whole documents: any doc.* finding there is a false alarm too. Prints the
// figures per rule and in all (DOC_EVAL_VERBOSE=1: each miss and false alarm); with targets,
// exits 1 when one is missed.
#include <core/checker/checker.hpp>
#include <core/text/text.hpp>

#include <cstdlib>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using namespace gongwen;
using namespace gongwen::core;

namespace
{

struct Case
{
    std::set<std::string> expected;
    std::u16string text;
    int line = 0;
};

std::set<std::string> splitRules(const std::string& field)
{
    std::set<std::string> rules;
    if (field == "-")
        return rules;
    std::stringstream in(field);
    for (std::string rule; std::getline(in, rule, ',');)
        if (!rule.empty())
            rules.insert(rule);
    return rules;
}

std::string unescapeParagraphs(const std::string& text)
{
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i)
        if (text[i] == '\\' && i + 1 < text.size() && text[i + 1] == 'n')
        {
            out += '\n';
            ++i;
        }
        else
            out += text[i];
    return out;
}

std::vector<Case> readCases(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error("cannot read " + path);
    std::vector<Case> cases;
    int number = 0;
    for (std::string line; std::getline(in, line);)
    {
        ++number;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (line.empty() || line[0] == '#')
            continue;
        const std::size_t tab = line.find('\t');
        if (tab == std::string::npos)
            throw std::runtime_error(path + ":" + std::to_string(number) + ": no tab");
        cases.push_back({splitRules(line.substr(0, tab)),
                         fromUtf8(unescapeParagraphs(line.substr(tab + 1))), number});
    }
    return cases;
}

std::u16string readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error("cannot read " + path);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return fromUtf8(buffer.str());
}

std::vector<Finding> docFindings(std::u16string_view text)
{
    std::vector<Finding> found;
    for (Finding& f : checkText(text))
        if (f.ruleId.rfind("doc.", 0) == 0)
            found.push_back(std::move(f));
    return found;
}

struct Tally
{
    std::size_t hits = 0, misses = 0, falseAlarms = 0;
};

double percent(std::size_t part, std::size_t whole)
{
    return whole ? 100.0 * double(part) / double(whole) : 100.0;
}

void printTally(const std::string& name, const Tally& t)
{
    std::cout << std::left << std::setw(14) << name << std::right << " hits " << std::setw(4)
              << t.hits << "  misses " << std::setw(3) << t.misses << "  false alarms "
              << std::setw(3) << t.falseAlarms << "  precision " << std::fixed
              << std::setprecision(1) << std::setw(5) << percent(t.hits, t.hits + t.falseAlarms)
              << " %  recall " << std::setw(5) << percent(t.hits, t.hits + t.misses) << " %\n";
}

} // namespace

int main(int argc, char** argv)
{
    double minPrecision = -1, minRecall = -1;
    std::string casesPath;
    std::vector<std::string> clean;
    bool cleanFiles = false;
    for (int i = 1; i < argc; ++i)
    {
        const std::string arg = argv[i];
        auto next = [&] { return i + 1 < argc ? std::string(argv[++i]) : std::string("0"); };
        if (arg == "--min-precision")
            minPrecision = std::stod(next());
        else if (arg == "--min-recall")
            minRecall = std::stod(next());
        else if (arg == "--clean")
            cleanFiles = true;
        else if (cleanFiles)
            clean.push_back(arg);
        else
            casesPath = arg;
    }
    if (casesPath.empty())
    {
        std::cerr << "doc_eval: no cases (doc_eval CASES.tsv [--clean FILE...])\n";
        return 2;
    }
    const bool verbose = std::getenv("DOC_EVAL_VERBOSE") != nullptr;
    std::map<std::string, Tally> byRule;
    std::size_t goodCases = 0, goodFlagged = 0, badCases = 0;
    try
    {
        for (const Case& c : readCases(casesPath))
        {
            std::set<std::string> found;
            for (const Finding& f : docFindings(c.text))
                found.insert(f.ruleId);
            (c.expected.empty() ? goodCases : badCases) += 1;
            if (c.expected.empty() && !found.empty())
                ++goodFlagged;
            for (const std::string& rule : c.expected)
            {
                const bool hit = found.count(rule) != 0;
                (hit ? byRule[rule].hits : byRule[rule].misses) += 1;
                if (!hit && verbose)
                    std::cout << "MISS  " << rule << "  line " << c.line << "  "
                              << toUtf8(c.text.substr(0, 60)) << "\n";
            }
            for (const std::string& rule : found)
                if (!c.expected.count(rule))
                {
                    ++byRule[rule].falseAlarms;
                    if (verbose)
                        std::cout << "FALSE " << rule << "  line " << c.line << "  "
                                  << toUtf8(c.text.substr(0, 60)) << "\n";
                }
        }
        std::size_t cleanAlarms = 0, cleanParagraphs = 0;
        for (const std::string& path : clean)
        {
            const std::u16string text = readFile(path);
            for (char16_t ch : text)
                cleanParagraphs += ch == u'\n' ? 1 : 0;
            for (const Finding& f : docFindings(text))
            {
                ++cleanAlarms;
                ++byRule[f.ruleId].falseAlarms;
                if (verbose)
                    std::cout << "FALSE " << f.ruleId << "  " << path << " paragraph "
                              << f.paragraph << "  " << toUtf8(f.messageZh) << "\n";
            }
        }
        std::cout << "doc_eval: " << badCases << " faulty cases, " << goodCases << " right ones ("
                  << goodFlagged << " flagged), " << clean.size() << " real reports ("
                  << cleanParagraphs << " paragraphs, " << cleanAlarms << " doc.* findings)\n";
    }
    catch (const std::exception& e)
    {
        std::cerr << "doc_eval: " << e.what() << "\n";
        return 2;
    }
    Tally all;
    for (const auto& [rule, t] : byRule)
    {
        printTally(rule, t);
        all.hits += t.hits;
        all.misses += t.misses;
        all.falseAlarms += t.falseAlarms;
    }
    printTally("all doc.*", all);
    const double precision = percent(all.hits, all.hits + all.falseAlarms);
    const double recall = percent(all.hits, all.hits + all.misses);
    bool met = true;
    if (minPrecision >= 0 && precision < minPrecision)
    {
        std::cout << "doc_eval: precision " << precision << " % is under the target "
                  << minPrecision << " %\n";
        met = false;
    }
    if (minRecall >= 0 && recall < minRecall)
    {
        std::cout << "doc_eval: recall " << recall << " % is under the target " << minRecall
                  << " %\n";
        met = false;
    }
    return met ? 0 : 1;
}
