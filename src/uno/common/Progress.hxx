// SPDX-License-Identifier: MPL-2.0
// Status-bar progress of a frame, ended whatever happens.
#pragma once

#include "StringConv.hxx"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/task/XStatusIndicator.hpp>
#include <com/sun/star/task/XStatusIndicatorFactory.hpp>

namespace gongwen::ext
{

// Ends the status-bar progress whatever happens.
class Progress
{
public:
    Progress(const css::uno::Reference<css::frame::XFrame>& frame, const OUString& text,
             sal_Int32 range)
    {
        css::uno::Reference<css::task::XStatusIndicatorFactory> factory(frame, css::uno::UNO_QUERY);
        if (factory.is())
            m_indicator = factory->createStatusIndicator();
        if (m_indicator.is())
            m_indicator->start(text, range);
    }
    ~Progress()
    {
        try
        {
            if (m_indicator.is())
                m_indicator->end();
        }
        catch (...)
        {
        }
    }
    const css::uno::Reference<css::task::XStatusIndicator>& indicator() const
    {
        return m_indicator;
    }

private:
    css::uno::Reference<css::task::XStatusIndicator> m_indicator;
};

} // namespace gongwen::ext
