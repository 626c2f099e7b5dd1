#!/usr/bin/env bash
# The appraisal desk end to end over HTTP, as README's tour walks it: a carrier uploads a dossier with its incoming letter, an
# appraiser reads the queue, decides each site, asks the military command for its opinion and records the reply, issues the
# letter; the carrier downloads exactly the issued bytes. Runs the API's Release build on a throwaway store; writes the issued
# letter (.pdf, .docx) to out/desk-tour/, and with --images also docs/letter-page1.png and docs/letter-figure.png from it.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/out/desk-tour"
dll="$root/src/TelecomGis.Api/bin/Release/net10.0/TelecomGis.Api.dll"
[ -f "$dll" ] || dotnet build "$root/src/TelecomGis.Api" -c Release -nologo -v quiet
mkdir -p "$out"
tmp="$(mktemp -d)"
port="${PORT:-5181}"
api="http://127.0.0.1:$port/api"
dotnet "$dll" --urls "http://127.0.0.1:$port" --Store:Path "$tmp/telecomgis.gpkg" >"$tmp/log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$tmp"' EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/readyz" >/dev/null && break; sleep 0.5; done
key() { awk -v who="$1" '$1 == who || $2 == who { print $NF; exit }' "$tmp/log"; }
viettel="Authorization: Bearer $(key Viettel)"
appraiser="Authorization: Bearer $(key appraiser)"

# 1. Viettel uploads its dossier (data/examples/dossier-viettel.csv: four sites and a row with an unknown pole class) and the
#    incoming letter that sent it.
id=$(curl -sf -H "$viettel" -F file=@"$root/data/examples/dossier-viettel.csv" -F incomingNumber=1234/VTQN-KT \
  -F incomingDate=2026-11-30 -F "incomingSigner=Nguyễn Văn A" -F "incomingSubject=Đề nghị thẩm định vị trí trạm BTS" \
  "$api/submissions" | jq .submission.id)
echo "dossier $id submitted"

# 2. The appraiser's queue: due date, overdue flag and status in Vietnamese.
curl -sf -H "$appraiser" "$api/submissions?status=pending" | jq -r '.[] | "\(.id)  \(.carrier)  \(.incoming.number)  đến hạn \(.due_date)  \(.status_text)"'

# 3. A decision per site; the site in the military area needs the provincial Military Command's opinion first.
rows=$(curl -sf -H "$appraiser" "$api/submissions/$id")
echo "$rows" | jq -r '.rows[] | "dòng \(.row): \(.site_code)  \(.appraisal.verdict_text // "hồ sơ chưa hợp lệ")"'
for row in $(echo "$rows" | jq -r '.rows[] | select(.verdict == "conforms") | .row'); do
  curl -sf -H "$appraiser" -H 'Content-Type: application/json' -d '{"decision":"approve"}' "$api/submissions/$id/rows/$row/decision" >/dev/null
done
for row in $(echo "$rows" | jq -r '.rows[] | select(.verdict == "does_not_conform") | .row'); do
  curl -sf -H "$appraiser" -H 'Content-Type: application/json' \
    -d '{"decision":"refuse","reason":"Vị trí không phù hợp quy hoạch; đề nghị dùng chung hạ tầng hiện có."}' \
    "$api/submissions/$id/rows/$row/decision" >/dev/null
done
for row in $(echo "$rows" | jq -r '.rows[] | select(.verdict == "needs_consultation") | .row'); do
  curl -sf -H "$appraiser" -o "$out/xin-y-kien-dong-$row.docx" "$api/submissions/$id/rows/$row/consultation-request?rule=R04"
  curl -sf -H "$appraiser" -H 'Content-Type: application/json' \
    -d '{"rule":"R04","document_number":"215/BCH-TM","date":"2026-12-03","answer":"conditions","conditions":"Cột cao không quá 30 m, không lắp đèn chiếu sáng hướng về khu vực quân sự."}' \
    "$api/submissions/$id/rows/$row/consultations" >/dev/null
  curl -sf -H "$appraiser" -H 'Content-Type: application/json' \
    -d '{"decision":"approve_with_conditions","conditions":"Thực hiện đúng ý kiến của Bộ Chỉ huy Quân sự tỉnh tại văn bản số 215/BCH-TM."}' \
    "$api/submissions/$id/rows/$row/decision" >/dev/null
done

# 4. Issue: the next number of this year's register; the letter is rendered once and frozen.
curl -sf -H "$appraiser" -H 'Content-Type: application/json' -d '{}' "$api/submissions/$id/issue" | jq -c .

# 5. The carrier downloads the same bytes, as often as it likes; any change now is a 409.
curl -sf -H "$viettel" -o "$out/cong-van.pdf" "$api/submissions/$id/letter?format=pdf"
curl -sf -H "$viettel" -o "$out/cong-van.docx" "$api/submissions/$id/letter?format=docx"
curl -s -o /dev/null -w 'a change after issue: %{http_code}\n' -H "$appraiser" -H 'Content-Type: application/json' \
  -d '{"decision":"approve"}' "$api/submissions/$id/rows/1/decision"
sha256sum "$out/cong-van.pdf"

if [ "${1:-}" = "--images" ]; then
  # The first page, and the first page with a map figure, at 100 dpi (poppler's pdftoppm).
  pdftoppm -png -r 100 -f 1 -l 1 -singlefile "$out/cong-van.pdf" "$root/docs/letter-page1"
  figure=$(for p in $(seq 2 "$(pdfinfo "$out/cong-van.pdf" | awk '/^Pages:/ { print $2 }')"); do
    pdfimages -f "$p" -l "$p" -list "$out/cong-van.pdf" | awk 'NR > 2 { found = 1 } END { exit !found }' && { echo "$p"; break; }
  done)
  pdftoppm -png -r 100 -f "$figure" -l "$figure" -singlefile "$out/cong-van.pdf" "$root/docs/letter-figure"
  echo "wrote docs/letter-page1.png and docs/letter-figure.png (page $figure)"
fi
