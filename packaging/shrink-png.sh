#!/bin/sh
# SPDX-License-Identifier: MPL-2.0
# Copies a help screenshot into the package in 256 colours (pngquant): a third of the size and
# no visible change; the original where pngquant cannot reach the quality asked for.
# usage: shrink-png.sh PNGQUANT SOURCE TARGET
pngquant=$1 source=$2 target=$3
"$pngquant" --force --strip --speed 1 --quality=65-95 --output "$target" "$source" || cp "$source" "$target"
