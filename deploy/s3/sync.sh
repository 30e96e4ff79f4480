#!/usr/bin/env bash
# Uploads a built archive to S3 or any S3-compatible storage (Cloudflare R2, Yandex Object
# Storage, MinIO…) with the Cache-Control of src/lib/deploy/headers.ts, in an order that never
# serves a page whose assets are not there yet: hashed files first, then pages and the rest,
# then removal of what the new build no longer has.
#   S3_BUCKET=my-bucket [BASE_PATH=/letopis/] [S3_ENDPOINT=https://…] [DIST=dist] deploy/s3/sync.sh
# Guide: docs/deploy/s3.md
set -euo pipefail

: "${S3_BUCKET:?set S3_BUCKET to the bucket name}"
DIST="${DIST:-dist}"
prefix="$(printf '%s' "${BASE_PATH:-/}" | sed -e 's#^/*##' -e 's#/*$##')"
target="s3://${S3_BUCKET}${prefix:+/$prefix}"
aws_s3() { aws s3 "$@" ${S3_ENDPOINT:+--endpoint-url "$S3_ENDPOINT"} --only-show-errors; }

IMMUTABLE="public, max-age=31536000, immutable"
REVALIDATE="public, max-age=0, must-revalidate"
# Folders whose file names carry a content hash (IMMUTABLE_FOLDERS in headers.ts); `*` is a
# year shard's name.
HASHED_FOLDERS=(_astro pagefind/index pagefind/fragment pagefind/filter 'pagefind/shards/*/index' 'pagefind/shards/*/fragment' 'pagefind/shards/*/filter')

if [ ! -f "$DIST/index.html" ]; then
  echo "sync: $DIST/index.html not found; build first (BASE_PATH=${BASE_PATH:-/} npm run build)" >&2
  exit 1
fi

excludes=(--exclude "_headers")
for folder in "${HASHED_FOLDERS[@]}"; do
  excludes+=(--exclude "$folder/*")
  for dir in "$DIST"/$folder; do # unquoted: the shard folders are a glob
    if [ -d "$dir" ]; then
      aws_s3 sync "$dir" "$target/${dir#"$DIST"/}" --cache-control "$IMMUTABLE"
    fi
  done
done
aws_s3 sync "$DIST" "$target" "${excludes[@]}" --cache-control "$REVALIDATE"
aws_s3 sync "$DIST" "$target" --exclude "_headers" --delete
echo "sync: $DIST/ → $target/"
