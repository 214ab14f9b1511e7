#!/usr/bin/env python3
"""timeline on Spark: the map on the executors, the reduce as a tree of merges.

    timeline_spark.py INPUT --binary PATH/timeline [--out DIR] [--name NAME] [--dct DAY] [--partitions N]

INPUT is a folder Spark can read (a local path, hdfs://..., s3a://...), read
recursively. Each partition writes its articles into a scratch folder on its
executor, runs `timeline extract NAME --format records` there (the binary and
its resource bundles are shipped with SparkContext.addFile), and folds its
records with `timeline merge --partial -` (one records file per block). The
driver merges the blocks with `timeline merge --out DIR`, which writes what
`timeline build NAME --out DIR` writes, byte for byte, on the same articles.

NAME is the folder name the documents' paths start with (default: INPUT as
given, without a scheme): paths are part of the outputs, so `--name Samples`
gives the paths `timeline build Samples` gives.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from urllib.parse import urlparse


def bundle_dirs(binary):
    """The SwiftPM resource bundles beside the binary (timeline_TimelineKit.resources, ...)."""
    folder = os.path.dirname(os.path.abspath(binary))
    return sorted(os.path.join(folder, n) for n in os.listdir(folder) if n.endswith(".resources"))


def extract_block(rows, name, dct):
    """Runs on an executor: one block of (relative path, bytes) -> one partial records file (a string)."""
    from pyspark import SparkFiles

    rows = list(rows)
    if not rows:
        return
    work = tempfile.mkdtemp(prefix="timeline-spark-")
    try:
        # The binary finds its resource bundles beside itself.
        tools = os.path.join(work, "bin")
        os.makedirs(tools)
        shutil.copy(SparkFiles.get("timeline"), os.path.join(tools, "timeline"))
        os.chmod(os.path.join(tools, "timeline"), 0o755)
        for entry in os.listdir(SparkFiles.getRootDirectory()):
            if entry.endswith(".resources"):
                shutil.copytree(os.path.join(SparkFiles.getRootDirectory(), entry), os.path.join(tools, entry))
        timeline = os.path.join(tools, "timeline")
        articles = os.path.join(work, "in")
        for relative, content in rows:
            target = os.path.join(articles, name, relative)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "wb") as f:
                f.write(content)
        command = [timeline, "extract", name, "--format", "records", "-o", os.path.join(work, "block.records")]
        if dct:
            command += ["--dct", dct]
        # Exit status 1: some input was unreadable (reported on stderr); the others are extracted.
        run = subprocess.run(command, cwd=articles, capture_output=True)
        if run.returncode not in (0, 1):
            raise RuntimeError("timeline extract failed: " + run.stderr.decode("utf-8", "replace"))
        sys.stderr.write(run.stderr.decode("utf-8", "replace"))
        merged = subprocess.run([timeline, "merge", os.path.join(work, "block.records"), "--partial", "-"],
                                capture_output=True)
        if merged.returncode != 0:
            raise RuntimeError("timeline merge --partial failed: " + merged.stderr.decode("utf-8", "replace"))
        yield merged.stdout.decode("utf-8")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("input", help="folder of articles (local path, hdfs://, s3a://, ...)")
    parser.add_argument("--binary", required=True, help="the timeline executable (its .resources bundles beside it)")
    parser.add_argument("--out", default="output", help="folder for the outputs (on the driver)")
    parser.add_argument("--name", help="path prefix of the documents (default: INPUT as given, without scheme)")
    parser.add_argument("--dct", help="publication date (YYYY-MM-DD) for documents that state none")
    parser.add_argument("--partitions", type=int, help="number of blocks (default: Spark's)")
    parser.add_argument("--master", help="Spark master when run with python (spark-submit sets it)")
    args = parser.parse_args(argv)

    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("timeline")
    if args.master:
        builder = builder.master(args.master)
        if args.master.startswith("local"):
            # One machine: keep the driver on the loopback interface, no web UI.
            builder = (builder.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                       .config("spark.ui.enabled", "false"))
    spark = builder.getOrCreate()
    sc = spark.sparkContext
    sc.setLogLevel("WARN")
    sc.addFile(os.path.abspath(args.binary))
    for bundle in bundle_dirs(args.binary):
        sc.addFile(bundle, recursive=True)

    name = (args.name or urlparse(args.input).path or args.input).rstrip("/") or "."
    files = (spark.read.format("binaryFile").option("recursiveFileLookup", "true").load(args.input)
             .select("path", "content").rdd)
    hadoop_path = sc._jvm.org.apache.hadoop.fs.Path(args.input)
    qualified = hadoop_path.getFileSystem(sc._jsc.hadoopConfiguration()).makeQualified(hadoop_path)
    root = qualified.toUri().getPath().rstrip("/")

    def relative(row):
        path = urlparse(row.path).path
        if not path.startswith(root + "/"):
            raise ValueError("%s is not under %s" % (path, root))
        return (path[len(root) + 1:], bytes(row.content))

    pairs = files.map(relative)
    if args.partitions:
        pairs = pairs.repartition(args.partitions)
    blocks = pairs.mapPartitions(lambda rows: extract_block(rows, name, args.dct)).collect()
    spark.stop()

    work = tempfile.mkdtemp(prefix="timeline-spark-merge-")
    try:
        paths = []
        for i, block in enumerate(blocks):
            path = os.path.join(work, "block-%05d.records" % i)
            with open(path, "w", encoding="utf-8") as f:
                f.write(block)
            paths.append(path)
        if not paths:
            sys.exit("timeline_spark: no articles under %s" % args.input)
        return subprocess.run([os.path.abspath(args.binary), "merge", *paths, "--out", args.out]).returncode
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
