// SPDX-License-Identifier: MPL-2.0
// 新建公文 in the office: a new Writer document of a kind, its paragraphs from the core's
// skeleton, laid out by 一键排版 (the 版头 included); a 信函 gets its first-page style.
#pragma once

#include "../common/StringConv.hxx"

#include <core/common/language.hpp>
#include <core/doctypes/doctypes.hpp>
#include <core/doctypes/letterhead.hpp>

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <ctime>

namespace gongwen::ext
{

struct NewDocumentFields
{
    core::LetterheadInput head;
    std::u16string subject;   // the title's 事由
    std::u16string addressee; // 主送机关
    bool hidden = false;
};

/// Today's date on this machine's clock, in its time zone.
std::tm localToday();

/// The type of that id; IllegalArgumentException naming the known ones otherwise.
const core::DocumentType& requireDocumentType(const OUString& id, core::Language language);

/// The API's named fields read; IllegalArgumentException for an unknown name or a value of the
/// wrong type.
NewDocumentFields readFields(const css::uno::Sequence<css::beans::NamedValue>& fields,
                             core::Language language);

/// The new, laid-out document. Refuses (IllegalArgumentException, in `language`) fields that
/// make no 版头 before anything is made; a failure after the document exists closes it.
css::uno::Reference<css::text::XTextDocument>
createOfficialDocument(const css::uno::Reference<css::uno::XComponentContext>& context,
                       const core::DocumentType& type, const NewDocumentFields& fields,
                       core::Language language);

} // namespace gongwen::ext
