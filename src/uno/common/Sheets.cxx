#include "Sheets.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>

using namespace css;

namespace gongwen::ext
{

uno::Reference<sheet::XNamedRanges> namedRanges(const uno::Reference<sheet::XSpreadsheetDocument>& book)
{
    return uno::Reference<sheet::XNamedRanges>(
        uno::Reference<beans::XPropertySet>(book, uno::UNO_QUERY_THROW)->getPropertyValue(ascii("NamedRanges")),
        uno::UNO_QUERY_THROW);
}

OUString columnLetters(sal_Int32 column)
{
    OUString letters;
    for (sal_Int32 c = column + 1; c > 0; c = (c - 1) / 26)
        letters = OUString(static_cast<sal_Unicode>(u'A' + (c - 1) % 26)) + letters;
    return letters;
}

OUString errorValueText(sal_Int32 code)
{
    switch (code)
    {
        case 503: return ascii("#NUM!");
        case 519: return ascii("#VALUE!");
        case 524: return ascii("#REF!");
        case 525: return ascii("#NAME?");
        case 532: return ascii("#DIV/0!");
        default: return ascii("Err:") + OUString::number(code);
    }
}

} // namespace gongwen::ext
