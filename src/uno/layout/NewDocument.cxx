// SPDX-License-Identifier: MPL-2.0
#include "NewDocument.hxx"

#include "../common/ApiGuard.hxx"
#include "../common/UiStrings.hxx"
#include "HeadLayout.hxx"
#include "LayoutApply.hxx"

#include <core/doctypes/skeleton.hpp>
#include <core/text/text.hpp>

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextCursor.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <com/sun/star/util/XModifiable.hpp>

#include <ctime>

using namespace css;

namespace gongwen::ext
{
namespace
{

std::vector<std::u16string> splitList(std::u16string_view text)
{
    std::vector<std::u16string> items;
    std::u16string current;
    auto flush = [&]
    {
        const std::u16string_view trimmed = core::trimSpaces(current);
        if (!trimmed.empty())
            items.emplace_back(trimmed);
        current.clear();
    };
    for (char16_t c : text)
        if (c == u'\n' || c == u'\r' || c == u'、')
            flush();
        else
            current += c;
    flush();
    return items;
}

std::vector<std::u16string> listValue(const uno::Any& value, const OUString& name,
                                      core::Language language)
{
    OUString text;
    uno::Sequence<OUString> list;
    if (value >>= text)
        return splitList(toView(text));
    if (value >>= list)
    {
        std::vector<std::u16string> items;
        for (const OUString& item : list)
            if (const auto trimmed = core::trimSpaces(toView(item)); !trimmed.empty())
                items.emplace_back(trimmed);
        return items;
    }
    refuse(inLanguage(language, u"字段“", u"The field ") + name +
           inLanguage(language, u"”应为文字。", u" must be text."));
}

std::u16string textValue(const uno::Any& value, const OUString& name, core::Language language)
{
    OUString text;
    if (!(value >>= text))
        refuse(inLanguage(language, u"字段“", u"The field ") + name +
               inLanguage(language, u"”应为文字。", u" must be text."));
    return std::u16string(toView(text));
}

std::u16string today()
{
    const std::tm date = localToday();
    return std::u16string(toView(OUString::number(date.tm_year + 1900))) + u"年" +
           std::u16string(toView(OUString::number(date.tm_mon + 1))) + u"月" +
           std::u16string(toView(OUString::number(date.tm_mday))) + u"日";
}

void insertParagraphs(const uno::Reference<text::XTextDocument>& document,
                      const std::vector<std::u16string>& paragraphs)
{
    const uno::Reference<text::XText> text = document->getText();
    const uno::Reference<text::XTextCursor> cursor = text->createTextCursor();
    cursor->gotoEnd(false);
    const uno::Reference<text::XTextRange> at(cursor, uno::UNO_QUERY_THROW);
    for (std::size_t i = 0; i < paragraphs.size(); ++i)
    {
        if (i > 0)
            text->insertControlCharacter(at, text::ControlCharacter::PARAGRAPH_BREAK, false);
        // A tab is a character of the text: the 签发人 line keeps it.
        text->insertString(at, toOUString(paragraphs[i]), false);
    }
}

// 份号, 密级, 紧急程度 above a 文件格式 标志.
std::size_t elementsAbove(const core::LetterheadPlan& plan)
{
    return static_cast<std::size_t>(!plan.copyNumber.empty()) +
           static_cast<std::size_t>(!plan.secrecy.empty()) +
           static_cast<std::size_t>(!plan.urgency.empty());
}

uno::Reference<text::XTextRange> paragraphAt(const uno::Reference<text::XTextDocument>& document,
                                             std::size_t index)
{
    auto elements =
        uno::Reference<container::XEnumerationAccess>(document->getText(), uno::UNO_QUERY_THROW)
            ->createEnumeration();
    for (std::size_t i = 0; i < index; ++i)
        elements->nextElement();
    return uno::Reference<text::XTextRange>(elements->nextElement(), uno::UNO_QUERY_THROW);
}

void closeQuietly(const uno::Reference<text::XTextDocument>& document) noexcept
{
    try
    {
        uno::Reference<util::XCloseable>(document, uno::UNO_QUERY_THROW)->close(true);
    }
    catch (...)
    {
    }
}

} // namespace

std::tm localToday()
{
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return local;
}

const core::DocumentType& requireDocumentType(const OUString& id, core::Language language)
{
    const OString utf8 = OUStringToOString(id, RTL_TEXTENCODING_UTF8);
    if (const core::DocumentType* type = core::findDocumentType(
            std::string_view(utf8.getStr(), static_cast<std::size_t>(utf8.getLength()))))
        return *type;
    OUString known;
    for (const core::DocumentType& t : core::documentTypes())
        known +=
            (known.isEmpty() ? OUString() : ascii(", ")) +
            OUString(t.id.data(), static_cast<sal_Int32>(t.id.size()), RTL_TEXTENCODING_ASCII_US);
    refuse(inLanguage(language, u"未知的公文类型“", u"Unknown document type “") + id +
               inLanguage(language, u"”；可用：", u"”; known: ") + known,
           1);
}

NewDocumentFields readFields(const uno::Sequence<beans::NamedValue>& fields,
                             core::Language language)
{
    NewDocumentFields out;
    for (const beans::NamedValue& field : fields)
    {
        const OUString& n = field.Name;
        if (n == "Organs")
            out.head.organs = listValue(field.Value, n, language);
        else if (n == "Signers")
            out.head.signers = listValue(field.Value, n, language);
        else if (n == "OrganCode")
            out.head.number.organCode = textValue(field.Value, n, language);
        else if (n == "Year")
            out.head.number.year = textValue(field.Value, n, language);
        else if (n == "Serial")
            out.head.number.serial = textValue(field.Value, n, language);
        else if (n == "CopyNumber")
            out.head.copyNumber = textValue(field.Value, n, language);
        else if (n == "Secrecy")
            out.head.secrecy = textValue(field.Value, n, language);
        else if (n == "Urgency")
            out.head.urgency = textValue(field.Value, n, language);
        else if (n == "Subject")
            out.subject = textValue(field.Value, n, language);
        else if (n == "Addressee")
            out.addressee = textValue(field.Value, n, language);
        else if (n == "Hidden")
        {
            if (!(field.Value >>= out.hidden))
                refuse(inLanguage(language, u"字段“Hidden”应为布尔值。",
                                  u"The field Hidden must be a boolean."),
                       2);
        }
        else
            refuse(inLanguage(language, u"未知的字段“", u"Unknown field “") + n + toOUString(u"”"),
                   2);
    }
    return out;
}

uno::Reference<text::XTextDocument>
createOfficialDocument(const uno::Reference<uno::XComponentContext>& context,
                       const core::DocumentType& type, const NewDocumentFields& fields,
                       core::Language language)
{
    const core::LetterheadResult head = core::planLetterhead(type, fields.head);
    if (!head.ok())
    {
        OUString reasons;
        for (core::LetterheadProblem p : head.problems)
            reasons += (reasons.isEmpty() ? OUString() : ascii("\n")) +
                       toOUString(core::letterheadProblemText(p).pick(language));
        refuse(reasons, 2);
    }
    if (const core::BilingualText problem = core::subjectProblem(fields.subject);
        !problem.zh.empty())
        refuse(toOUString(problem.pick(language)), 2);
    core::SkeletonInput input;
    for (const std::u16string& organ : fields.head.organs)
        input.organs.emplace_back(core::trimSpaces(organ));
    input.subject = fields.subject;
    input.addressee = fields.addressee;
    input.date = today();
    const std::vector<std::u16string> paragraphs = core::skeletonParagraphs(type, head.plan, input);

    uno::Sequence<beans::PropertyValue> args(1);
    args[0].Name = ascii("Hidden");
    args[0].Value <<= fields.hidden;
    uno::Reference<text::XTextDocument> document(
        frame::Desktop::create(context)->loadComponentFromURL(ascii("private:factory/swriter"),
                                                              ascii("_blank"), 0, args),
        uno::UNO_QUERY_THROW);
    try
    {
        insertParagraphs(document, paragraphs);
        if (head.plan.suffixBeside)
            addJointSuffixFrame(document, paragraphAt(document, elementsAbove(head.plan)));
        applyLayout(context, document, defaultLayoutProfile(context), language);
        // A new document: what was made is its start, not an edit to undo.
        uno::Reference<document::XUndoManagerSupplier>(document, uno::UNO_QUERY_THROW)
            ->getUndoManager()
            ->clear();
        uno::Reference<util::XModifiable>(document, uno::UNO_QUERY_THROW)->setModified(false);
    }
    catch (...)
    {
        closeQuietly(document);
        throw;
    }
    return document;
}

} // namespace gongwen::ext
