// SPDX-License-Identifier: MPL-2.0
#include "Files.hxx"

#include <osl/file.hxx>

#include <com/sun/star/io/XInputStream.hpp>
#include <com/sun/star/io/XOutputStream.hpp>

using namespace css;

namespace gongwen::ext
{

std::string readAll(const uno::Reference<ucb::XSimpleFileAccess3>& files, const OUString& url,
                    sal_Int32 maxBytes)
{
    uno::Reference<io::XInputStream> in = files->openFileRead(url);
    std::string bytes;
    uno::Sequence<sal_Int8> chunk;
    while (sal_Int32 n = in->readBytes(chunk, 65536))
    {
        bytes.append(reinterpret_cast<const char*>(chunk.getConstArray()),
                     static_cast<std::size_t>(n));
        if (bytes.size() > static_cast<std::size_t>(maxBytes))
            break;
    }
    in->closeInput();
    return bytes;
}

void writeAll(const uno::Reference<ucb::XSimpleFileAccess3>& files, const OUString& url,
              const std::string& bytes)
{
    const sal_Int32 slash = url.lastIndexOf('/');
    if (slash > 0 && !files->exists(url.copy(0, slash)))
        files->createFolder(url.copy(0, slash));
    if (files->exists(url))
        files->kill(url); // openFileWrite overwrites in place: a shorter text would leave a tail
    uno::Reference<io::XOutputStream> out = files->openFileWrite(url);
    uno::Sequence<sal_Int8> data(reinterpret_cast<const sal_Int8*>(bytes.data()),
                                 static_cast<sal_Int32>(bytes.size()));
    out->writeBytes(data);
    out->closeOutput();
}

OUString systemPath(const OUString& url)
{
    OUString path;
    return osl::FileBase::getSystemPathFromFileURL(url, path) == osl::FileBase::E_None ? path : url;
}

} // namespace gongwen::ext
