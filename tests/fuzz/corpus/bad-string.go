package main

var s = "\xZZ\u12" + `raw
