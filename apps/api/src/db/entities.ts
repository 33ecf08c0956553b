import { RefreshToken } from "../modules/auth/refresh-token.entity";
import { Category } from "../modules/catalog/category.entity";
import { Product } from "../modules/catalog/product.entity";
import { ProductImage } from "../modules/catalog/product-image.entity";
import { StallDecision } from "../modules/stalls/stall-decision.entity";
import { Stall } from "../modules/stalls/stall.entity";
import { User } from "../modules/users/user.entity";

/** Every entity the data source knows; a module adds its own here. */
export const entities = [User, RefreshToken, Stall, StallDecision, Category, Product, ProductImage];
