package main
import (
	"fmt"
