// SPDX-License-Identifier: MPL-2.0
// word.typo: the typo check (core/typo) as a rule of the checker.
#include <core/checker/rules.hpp>
#include <core/typo/detector.hpp>

namespace gongwen::core
{

void checkTypos(std::size_t paragraph, std::u16string_view text, const CheckOptions& options,
                Findings& out)
{
    const std::shared_ptr<const typo::Model> model = typo::sharedModel();
    if (!model)
        return;
    for (const typo::Typo& typo : typo::findTypos(text, *model, options.allowedWords.get()))
    {
        Finding f =
            makeFinding(rule::kWordTypo, Severity::Warning, paragraph, typo.start, typo.length);
        // “全面推近”疑为“全面推进”（“近”“进”音形相近）: the word, and the character and why.
        f.messageZh = u"“" + typo.written + u"”疑为“" + typo.suggestion + u"”（“" +
                      typo.wrongCharacter + u"”“" + typo.rightCharacter + u"”" +
                      typo::likenessNameZh(typo.likeness) + u"）。";
        f.messageEn = u"“" + typo.written + u"” may be a typo for “" + typo.suggestion + u"” (“" +
                      typo.wrongCharacter + u"” for “" + typo.rightCharacter + u"”: " +
                      typo::likenessNameEn(typo.likeness) + u").";
        f.suggestions.push_back(typo.suggestion);
        f.word = typo.written;
        out.push_back(std::move(f));
    }
}

} // namespace gongwen::core
