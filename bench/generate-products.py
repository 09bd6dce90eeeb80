#!/usr/bin/env python3
"""Writes a product import file for the benchmark: N products of the demo catalogue's men's shirts, each in
three colours (three SKUs) with a barcode per SKU, a material, a fit and short bilingual descriptions.

    bench/generate-products.py 100000 var/bench/products-100000.csv
"""
import csv
import sys


def ean13(number):
    """An EAN-13 in the in-store range 200-299 with its check digit, unique per number."""
    digits = "2%011d" % number
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(digits))
    return digits + str((10 - total % 10) % 10)


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
    out = sys.argv[2] if len(sys.argv) > 2 else "products-%d.csv" % count
    colours = ["white", "blue", "black"]
    fits = ["slim", "regular", "relaxed"]
    header = ["product_slug", "category_slug", "brand_slug", "name_zh", "name_en", "description_zh",
              "description_en", "status", "sku_prefix", "variant:colour", "attr:material", "attr:fit",
              "price", "list_price", "weight_g", "barcode"]
    with open(out, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(header)
        for i in range(1, count + 1):
            price = 99 + (i % 400)
            w.writerow([
                "bench-shirt-%d" % i,
                "mens-shirts",
                "north-loom",
                "基准衬衫 %d 号" % i,
                "Benchmark shirt no. %d" % i,
                "<p>第 %d 号衬衫：精梳棉，<b>修身</b>剪裁。</p>" % i,
                "<p>Shirt no. %d: combed cotton, <b>slim</b> cut.</p>" % i,
                "ON_SALE",
                "BENCH-%d" % i,
                "|".join(colours),
                "精梳棉 Combed cotton",
                fits[i % 3],
                "%d.00" % price,
                "%d.00" % (price + 60),
                str(200 + i % 100),
                "|".join(ean13(i * 3 + k) for k in range(3)),
            ])


if __name__ == "__main__":
    main()
