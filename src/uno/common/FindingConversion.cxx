#include "FindingConversion.hxx"

#include "StringConv.hxx"

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

} // namespace gongwen::ext
