-- AlterEnum
ALTER TYPE "DatePrecision" ADD VALUE 'unknown';
