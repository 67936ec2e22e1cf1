// SPDX-License-Identifier: MPL-2.0
#include "FindingConversion.hxx"

#include "StringConv.hxx"

#include <algorithm>

namespace gongwen::ext
{

css::uno::Sequence<org::gongwen::Finding> toApiFindings(const std::vector<core::Finding>& findings,
                                                        core::Language language)
{
    css::uno::Sequence<org::gongwen::Finding> result(static_cast<sal_Int32>(findings.size()));
    org::gongwen::Finding* out = result.getArray();
    for (const core::Finding& f : findings)
    {
        out->RuleId = fromUtf8(f.ruleId);
        out->Severity = static_cast<sal_Int32>(f.severity);
        out->Paragraph = static_cast<sal_Int32>(f.paragraph);
        out->Start = static_cast<sal_Int32>(f.start);
        out->Length = static_cast<sal_Int32>(f.length);
        out->Message = toOUString(f.message(language));
        out->Suggestions.realloc(static_cast<sal_Int32>(f.suggestions.size()));
        for (std::size_t i = 0; i < f.suggestions.size(); ++i)
            out->Suggestions.getArray()[i] = toOUString(f.suggestions[i]);
        ++out;
    }
    return result;
}

core::Finding fromApiFinding(const org::gongwen::Finding& finding)
{
    core::Finding f;
    f.ruleId = OUStringToOString(finding.RuleId, RTL_TEXTENCODING_UTF8).getStr();
    f.severity = static_cast<core::Severity>(std::clamp<sal_Int32>(finding.Severity, 0, 2));
    f.paragraph = finding.Paragraph < 0 ? static_cast<std::size_t>(-1)
                                        : static_cast<std::size_t>(finding.Paragraph);
    f.start = static_cast<std::size_t>(std::max<sal_Int32>(finding.Start, 0));
    f.length = static_cast<std::size_t>(std::max<sal_Int32>(finding.Length, 0));
    f.messageZh = f.messageEn = std::u16string(toView(finding.Message));
    for (const OUString& s : finding.Suggestions)
        f.suggestions.emplace_back(toView(s));
    return f;
}

} // namespace gongwen::ext
