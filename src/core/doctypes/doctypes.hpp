// SPDX-License-Identifier: MPL-2.0
// The kinds of 公文 (《党政机关公文处理工作条例》 §8) the extension makes and checks, as data: each
// knows its direction, the 版头 format it takes (GB/T 9704 §7.2, §10), the elements it must carry
// and the closing phrases it ends with.
#pragma once

#include <core/common/language.hpp>

#include <string_view>
#include <vector>

namespace gongwen::core
{

/// Who the document goes to: a higher body (上行文), a lower one (下行文) or a peer (平行文).
enum class Direction
{
    Upward,
    Downward,
    Parallel
};

/// The 版头's format: 文件格式 (§7.2), 信函格式 (§10.1) or 纪要格式 (§10.3).
enum class HeadFormat
{
    File,
    Letter,
    Minutes
};

struct DocumentType
{
    std::string_view id;      // "request": the API's and the settings' name
    std::u16string_view kind; // the 文种 a title ends with: "请示"
    BilingualText name;       // as 新建公文 lists it
    Direction direction;
    HeadFormat format;
    bool signer;      // 签发人 beside the 发文字号 (上行文, §7.2.5)
    bool contactNote; // 附注 with 联系人和电话 under the date (a 请示)
    bool oneMatter;   // one matter per document (a 请示)
    std::vector<std::u16string_view> closings; // accepted closing phrases, the usual one first
    std::vector<std::u16string_view> blocks;   // the labelled blocks of a 纪要: 出席 …
};

/// Every type 新建公文 offers, in its order.
const std::vector<DocumentType>& documentTypes();
/// The type of that id, or nullptr.
const DocumentType* findDocumentType(std::string_view id);
/// The type whose 文种 is `kind` ("请示"), or nullptr.
const DocumentType* documentTypeOfKind(std::u16string_view kind);

} // namespace gongwen::core
