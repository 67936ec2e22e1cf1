// SPDX-License-Identifier: MPL-2.0
#include <core/doctypes/doctypes.hpp>

#include <algorithm>

namespace gongwen::core
{

const std::vector<DocumentType>& documentTypes()
{
    // id, 文种, names, direction, format, 签发人, 附注, one matter, closings, blocks
    static const std::vector<DocumentType> types = {
        {"report",
         u"报告",
         {u"报告", u"Report"},
         Direction::Upward,
         HeadFormat::File,
         true,
         false,
         false,
         {u"特此报告。", u"专此报告。"},
         {}},
        {"request",
         u"请示",
         {u"请示", u"Request for instructions"},
         Direction::Upward,
         HeadFormat::File,
         true,
         true,
         true,
         {u"妥否，请批示。", u"以上请示当否，请批示。", u"请予审批。"},
         {}},
        {"notice",
         u"通知",
         {u"通知", u"Notice"},
         Direction::Downward,
         HeadFormat::File,
         false,
         false,
         false,
         {u"特此通知。"},
         {}},
        {"bulletin",
         u"通报",
         {u"通报", u"Circular"},
         Direction::Downward,
         HeadFormat::File,
         false,
         false,
         false,
         {u"特此通报。"},
         {}},
        {"opinion",
         u"意见",
         {u"意见", u"Opinions"},
         Direction::Downward,
         HeadFormat::File,
         false,
         false,
         false,
         {},
         {}},
        {"reply",
         u"批复",
         {u"批复", u"Reply"},
         Direction::Downward,
         HeadFormat::File,
         false,
         false,
         false,
         {u"此复。", u"特此批复。"},
         {}},
        {"letter",
         u"函",
         {u"函", u"Letter"},
         Direction::Parallel,
         HeadFormat::Letter,
         false,
         false,
         false,
         {u"特此函告。", u"请予函复。", u"特此函复。"},
         {}},
        {"minutes",
         u"纪要",
         {u"纪要", u"Minutes"},
         Direction::Downward,
         HeadFormat::Minutes,
         false,
         false,
         false,
         {},
         {u"出席", u"请假", u"列席"}},
        {"summary",
         u"工作总结",
         {u"工作总结", u"Work summary"},
         Direction::Upward,
         HeadFormat::File,
         false,
         false,
         false,
         {},
         {}},
        {"situation",
         u"情况汇报",
         {u"情况汇报", u"Situation report"},
         Direction::Upward,
         HeadFormat::File,
         false,
         false,
         false,
         {u"特此汇报。"},
         {}},
    };
    return types;
}

namespace
{
template <class Matches> const DocumentType* firstType(Matches&& matches)
{
    const auto& types = documentTypes();
    const auto found = std::find_if(types.begin(), types.end(), matches);
    return found == types.end() ? nullptr : &*found;
}
} // namespace

const DocumentType* findDocumentType(std::string_view id)
{
    return firstType([&](const DocumentType& t) { return t.id == id; });
}

const DocumentType* documentTypeOfKind(std::u16string_view kind)
{
    return firstType([&](const DocumentType& t) { return t.kind == kind; });
}

} // namespace gongwen::core
